"""Sentence templates for the benchmark corpus. Slots in braces are filled by `corpus.py`:

{noun} {nouns} {mass} {adj} {adv} {verb} {verbs} {verbed} {verbing}: general vocabulary
{inoun}: a word of the document's industry; {pword}: a word of its product
{company} {other} {competitor} {person} {role} {city} {product} {industry} {size}
{pct} {num} {big} {weeks} {months} {year} {money}: figures"""

from __future__ import annotations

SENTENCES = """
{company} {verbed} {inoun} {nouns} by {pct} percent in the first {months} months.
Before {product}, {nouns} at {company} were {verbed} {adv} in spreadsheets and email.
The {role} at {company} needed a {adj} way to {verb} {inoun} {nouns} across {num} sites.
Our {adj} {pword} lets your team {verb} {nouns} without {verbing} a single {noun}.
Most {industry} teams still {verb} {mass} by hand, which costs {money} a year in {mass}.
With {product}, {nouns} are {verbed} {adv} and every {noun} is {verbed} in one place.
{person}, the {role} at {company}, said the {noun} paid for itself within {weeks} weeks.
"We {verbed} our {inoun} {noun} in {weeks} weeks," says {person} of {company}.
The {noun} {verbs} {mass} so that {nouns} can {verb} the {noun} that matters.
A {adj} {noun} is only as {adj} as the {mass} behind it.
{company} is a {size} {industry} organization based in {city} with {big} {nouns}.
In {year}, {company} chose {product} over {competitor} after a {weeks}-week pilot.
Teams that {verb} {inoun} {nouns} every week see {pct} percent fewer {nouns}.
{product} {verbs} with the {pword} you already use, so nothing has to be {verbed}.
Every {noun} is {verbed} against your {noun}, and {nouns} are {verbed} before they {verb}.
The {role} can see {mass}, {mass} and {mass} on one {pword}.
Set up takes {weeks} weeks, not {months} months, because {nouns} are {verbed} for you.
{competitor} asks customers to {verb} a separate {noun} for {mass}; {product} does not.
When {nouns} {verb} {adv}, {inoun} {nouns} {verb} and {mass} improves.
Our {adj} {noun} {verbs} {inoun} {nouns} and {verbs} the {noun} to the right {noun}.
{pct} percent of {industry} leaders say {mass} is their top priority for {year}.
The {adj} {noun} of {verbing} {nouns} is {verbing} {mass} at the {noun} level.
Ask the {role} how many {nouns} were {verbed} last {noun}; the answer is usually a guess.
{company} now {verbs} {big} {inoun} {nouns} a month with {num} fewer {nouns}.
A {size} {industry} team can {verb} {product} without a dedicated {noun}.
The result: {pct} percent less {mass}, {pct} percent faster {nouns}, and {adj} {nouns}.
{product} keeps an {adj} record of every {noun}, so {nouns} are easy to {verb}.
{nouns} that used to take {num} days now take {num} hours.
We {verb} your {nouns}, {verb} your {nouns} and {verb} the {noun} with your {role}.
Security is built in: {pword}, {pword} and {pword} come standard.
Unlike {competitor}, {product} {verbs} {mass} without extra {nouns} or {nouns}.
The total cost of ownership over three years was {pct} percent lower than {competitor}.
{company} {verbed} the {noun} to {num} {nouns} in {city} and then to every {noun}.
Your {role} will ask about {mass}; show them the {noun} on page {num}.
Reps who {verb} the {noun} before the first {noun} close {pct} percent more {nouns}.
{inoun} {nouns} are the {adj} {noun} for most {industry} organizations.
Start with one {noun}, {verb} the {noun}, then {verb} to the rest of the {noun}.
{product} {verbs} {inoun} {mass} from {num} {nouns} into a {adj} {noun}.
The {adj} {nouns} were {verbed} in {weeks} weeks by a team of {num}.
{person} {verbed} a {adj} {noun} for the {role} and the board.
There is no {noun} to install and no {noun} to {verb}; it runs in the {noun}.
Every {inoun} {noun} is {verbed} with its {noun}, its {noun} and its {noun}.
{company} had {num} {nouns}, {num} {nouns} and no single {noun} of the truth.
The {role} wanted {mass} on {inoun} {nouns} without waiting for a {noun}.
After the {noun}, {company} {verbed} {pct} percent of its {nouns} in the first quarter.
{pword} and {pword} are included in every {noun} at no extra {noun}.
We recommend {verbing} {nouns} {adv} and {verbing} the {noun} every {noun}.
{nouns} drop by {pct} percent when {nouns} are {verbed} before the {noun}.
What does {mass} cost a {size} {industry} business? More than most {nouns} think.
The {noun} {verbed} {adv}, and {nouns} {verbed} {adv} in the weeks that followed.
{company} compared {product}, {competitor} and a {adj} {noun} before choosing.
{role}s told us they {verb} {inoun} {nouns} in {num} different {nouns}.
Each {noun} shows the {noun}, the {noun} and the {noun} behind it.
The {adj} {noun} {verbs} {pct} percent of {inoun} {nouns} {adv}.
It is not a {noun} problem; it is a {mass} problem.
{product} {verbs} {mass} for {big} {nouns} across {num} countries.
The {pword} {verbs} your {nouns} every {num} minutes, so nothing is {verbed}.
With {num} {nouns} and {num} {nouns}, {company} could not {verb} {mass} {adv}.
Customers like {company} {verb} {product} to {verb} {inoun} {nouns} and {verb} {mass}.
Our {nouns} {verb} with your {role} to {verb} a {adj} {noun} in the first {weeks} weeks.
A {noun} that {verbs} {adv} saves {money} a year for a {size} team.
{competitor} is {adj} on {mass} but {adj} on {mass}.
If the prospect says {competitor} is cheaper, ask about {mass} and {mass}.
{competitor} charges extra for {pword}, {pword} and {mass}.
Win themes: {mass}, {mass}, and a {adj} {noun} for the {role}.
Land with {pword}, expand with {pword}, and renew with {mass}.
Discovery questions: how do you {verb} {inoun} {nouns} today, and who {verbs} the {noun}?
Common objection: "We already have a {noun} for that." Answer with the {noun} on {mass}.
The {noun} takes {num} minutes to {verb} and {num} minutes to {verb}.
Your {inoun} {nouns} stay in your {noun}; {product} only {verbs} what it needs.
{company} {verbed} {mass} by {pct} percent and {verbed} {money} in the first year.
{num} of the top {big} {industry} organizations {verb} {product} today.
Analysts rank {product} a leader in {mass} for the {num} year running.
The {adj} {noun} {verbs} {nouns} by {noun}, by {noun} and by {noun}.
{role}s can {verb} {nouns} {adv} from a {adj} {noun} on any {noun}.
{company}'s {inoun} {nouns} had grown {pct} percent a year for {num} years.
Each {inoun} {noun} {verbs} a {adj} {noun} and a {noun} to {verb}.
The {noun} was {adj}, {adj} and {adj}, and the {nouns} knew it.
We {verbed} {num} {nouns} and {num} {nouns} to learn what {industry} teams need.
The {adj} answer is to {verb} {mass} where the {nouns} already are.
A {adj} {noun} means fewer {nouns}, fewer {nouns} and a {adj} {noun}.
{person} leads a team of {num} {nouns} at {company} in {city}.
The {role} {verbed} the {noun} in {weeks} weeks, well within the {noun}.
{nouns}, {nouns} and {nouns} are {verbed} by the same {adj} {noun}.
{product} {verbs} {inoun} {noun} {nouns} out of the box.
The {noun} includes {num} {nouns}, {num} {nouns} and a {adj} {noun}.
{industry} {nouns} {verb} {mass} {pct} percent more often than other {nouns}.
Without {mass}, {nouns} {verb} and {inoun} {nouns} are {verbed} late.
By {verbing} {nouns} {adv}, {company} {verbed} {mass} and {verbed} {mass}.
Next steps: {verb} a {noun}, {verb} the {role}, and {verb} a {adj} {noun}.
Pricing is per {noun} per month, with {adj} {nouns} for {size} teams.
Volume discounts start at {big} {nouns}.
{product} is available in {num} regions and {verbs} {mass} in each.
{pct} percent of {nouns} are {verbed} within {num} hours of {verbing}.
The {noun} is {verbed} by {pword}, so only the right {nouns} can {verb} it.
{inoun} {noun}, {inoun} {noun} and {inoun} {noun} are tracked in one {noun}.
Three things matter to the {role}: {mass}, {mass} and {mass}.
{company} {verbed} {inoun} {nouns} from {num} days to {num} hours.
The {noun} comes with {num} {adj} {nouns} for {industry} teams.
When the {noun} is {verbed}, the {role} is {verbed} {adv}.
{nouns} from {company}, {other} and {num} other {nouns} shaped the {noun}.
The {adj} {nouns} of {verbing} {mass} show up in {inoun} {nouns} first.
{other} {verbed} {product} after seeing the results at {company}.
Our {pword} has been {verbed} by {num} independent {nouns}.
Read how {company} {verbed} {inoun} {nouns} with {product}.
A {adj} {noun} for {verbing} {inoun} {nouns}, built for {industry}.
Let {nouns} {verb} {nouns} themselves, with {mass} the {role} can trust.
The {noun} {verbed} the {noun} of every {inoun} {noun} in real time.
It {verbs} {adv} with {pword} and {pword}.
{num} {nouns} later, {company} had {verbed} its {inoun} {noun} {adv}.
What used to be a {adj} {noun} is now a {adj} {noun}.
{company} {verbed} {pct} percent more {nouns} without adding {nouns}.
The {role} {verbs} {mass}; the {nouns} {verb} {mass}. {product} serves both.
Bring the {noun} to the {noun}, not the {noun} to the {noun}.
The pilot ran for {weeks} weeks at {num} {inoun} sites in {city}.
{adj} {nouns} and {adj} {nouns} were the first to {verb}.
Questions to ask the {role}: what is {mass} costing you, and who {verbs} it today?
The {noun} answers the questions {role}s ask most about {mass}.
The {adj} {pword} makes {verbing} {nouns} {adj} for every {noun}.
{company}'s {role} {verbed} a {noun} of {money} for {mass}.
Everything is {verbed} with {pword} at rest and in transit.
{competitor} needs {num} {nouns} to do what {product} does with one.
The {noun} {verbs} {inoun} {nouns}, {inoun} {nouns} and {mass} in one {noun}.
{nouns} are {verbed} {adv}, so the {role} sees the {noun} before it {verbs} a {noun}.
We measured {mass} before and after: a {pct} percent {noun} in {months} months.
{company} serves {big} {nouns} from {num} {nouns} across {city} and {city}.
{num} {nouns} were {verbed} in the first week alone.
{product} {verbed} {money} in {mass} in the first year at {company}.
Each {role} gets a {adj} view of {mass} and {inoun} {nouns}.
{inoun} {mass} is the {adj} {noun} we hear about most from {industry} customers.
The {noun} {verbs} {num} {adj} {nouns} and {verbs} the rest.
We did not {verb} {mass}; we {verbed} the {noun} that caused it.
A {noun} of {nouns} in {city} {verbed} {product} in {year}.
The {adj} {noun} at {company} {verbed} {pct} percent of {nouns} {adv}.
For {size} teams, {product} {verbs} in days, not months.
The {noun} {verbs} a {noun} when a {inoun} {noun} needs attention.
Because {nouns} are {verbed} {adv}, the {noun} is always current.
{company} {verbed} {mass} without {verbing} its {nouns} or its {nouns}.
The {role} at {other} put it simply: "{product} gave us our {nouns} back."
"The {nouns} trust the {noun} now," said {person}, {role} at {company}.
"It took {weeks} weeks to {verb} and {months} months to {verb}," {person} recalls.
"We {verb} {inoun} {nouns} {adv} now, and we know why," says {person}.
Onboarding starts with a {adj} {noun}, a {noun} and {num} {nouns}.
Week one: {verb} the {noun}. Week two: {verb} the {nouns}. Week three: {verb}.
The checklist covers {mass}, {mass}, {inoun} {nouns} and {nouns}.
Expansion usually follows: {pword} in year one, {pword} in year two.
Renewals at {company} rose {pct} percent after the {noun} was {verbed}.
The {adj} case for {mass}: {money} saved, {num} {nouns} avoided, {pct} percent faster.
Compliance teams use {product} to {verb} {mass} for every {inoun} {noun}.
Most {nouns} {verb} because {mass} is {adj}, not because {nouns} are {adj}.
A {adj} {noun}, a {adj} {noun} and a {adj} {noun}: that is the whole {noun}.
{product} was {verbed} for {industry} from the first {noun}.
The {role} will want to see the {noun}, the {noun} and the {noun}.
{num} {inoun} {nouns} per {noun} is typical for a {size} {industry} organization.
{nouns} {verb} {mass}, and {mass} {verbs} {nouns}.
The {noun} of the {noun} was {adj}: {adj} {nouns}, {adj} {nouns}, {adj} {mass}.
In {city}, {company} {verbed} {big} {nouns} in {year}.
Our {nouns} {verb} {adv} with {other} and {company} on {inoun} {nouns}.
Any {noun} can {verb} a {noun} in under {num} minutes.
Data stays in your region; {pword} is available for {size} customers.
{product} has {verbed} {mass} at {company} for {num} years.
Reduce {inoun} {nouns}, {verb} {mass} and {verb} {nouns} with one {adj} {noun}.
The hardest part was not the {noun}; it was {verbing} the {nouns}.
{company} {verbed} its first {noun} in {weeks} weeks and its {num} in {months} months.
We help {industry} organizations {verb} {mass} and {verb} {inoun} {nouns}.
Here is what changed at {company}, {noun} by {noun}.
The {noun} is {adj} and the {nouns} are {adj}, but the {mass} is {adj}.
Why {nouns} {verb}: {mass}, {mass} and a {adj} {noun}.
Find out how {size} {industry} teams {verb} {inoun} {nouns} with {product}.
Ready to {verb}? Your {noun} can {verb} a {noun} in {num} days.
Talk to your {noun} about a {adj} {noun} for {mass}.
"""

OPENERS = """
In short,
In practice,
For example,
As a result,
At the same time,
Over the last year,
According to the {role},
During the pilot,
In the second phase,
For most teams,
On average,
In {year},
Across {num} sites,
Since the rollout,
By the end of the quarter,
Just as important,
In our experience,
For the {role},
In {city},
At {company},
"""

TITLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "case-study": (
        "How {company} {verbed} {inoun} {nouns} by {pct}%",
        "{company} case study: {adj} {inoun} {nouns}",
        "{company} {verbs} {mass} with {product}",
        "Customer story: {company} and {product}",
        "{company}: {pct}% fewer {inoun} {nouns} in {months} months",
    ),
    "deck": (
        "{product} overview for {industry}",
        "{product} for {role}s: {adj} {mass}",
        "{industry} {mass} pitch deck",
        "First call deck: {adj} {inoun} {nouns}",
        "{product} roadmap briefing {year}",
    ),
    "one-pager": (
        "{product} at a glance",
        "{product} for {size} {industry} teams",
        "Why {product} for {inoun} {mass}",
        "{adj} {inoun} {nouns} in one page",
    ),
    "datasheet": (
        "{product} datasheet: {pword}",
        "{product} {pword} technical datasheet",
        "{pword} and {pword} specifications",
    ),
    "battlecard": (
        "Battlecard: {product} vs {competitor}",
        "Competing with {competitor} in {industry}",
        "{competitor} objections and answers",
    ),
    "whitepaper": (
        "The {adj} guide to {inoun} {mass}",
        "{mass} in {industry}: a {adj} framework",
        "Whitepaper: {verbing} {inoun} {nouns} at scale",
        "{year} {industry} {mass} report",
    ),
}

DESCRIPTION_PATTERNS = (
    "{adj} {noun} for {role}s on {verbing} {inoun} {nouns} with {product}.",
    "How {company} {verbed} {mass} and {verbed} {inoun} {nouns}.",
    "Use with {size} {industry} prospects who ask about {mass} and {mass}.",
    "Covers {pword}, {pword} and {mass} for {industry} buyers.",
    "For reps: what to say about {mass} when the {role} asks.",
)

# Free tags a marketer adds, beside the taxonomy.
TAGS = [
    "roi",
    "emea",
    "apac",
    "north-america",
    "q1",
    "q2",
    "q3",
    "q4",
    "flagship",
    "new-logo",
    "renewal",
    "upsell",
    "competitive",
    "pricing",
    "security",
    "compliance",
    "hipaa",
    "gdpr",
    "soc2",
    "partner",
    "analyst",
    "award",
    "webinar",
    "event",
    "executive",
    "technical",
]
