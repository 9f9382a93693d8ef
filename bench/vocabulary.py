"""Real English words for the benchmark corpus, roughly in order of how often a sales
document uses them (the corpus draws from each list with Zipf-like weights by rank).

Nouns are countable and singular (plurals are made by `plural`), verbs are base forms
(`inflect` makes -s, -ed, -ing forms, with the irregular ones listed), so the corpus holds
the several forms of a word that stemming has to bring together."""

from __future__ import annotations

NOUNS = """
customer team platform process cost report workflow business result partner
solution system time program plan project leader manager user decision risk goal
service market product year month week day quarter budget contract deal account
employee staff organization company department region site location office network
application tool feature module dashboard integration license renewal upgrade release
vendor supplier buyer owner executive analyst administrator engineer developer agent
member group board committee audit control policy standard requirement regulation rule
metric measure benchmark target forecast estimate trend pattern signal insight view
model method approach framework practice strategy initiative effort step stage phase
problem issue challenge gap bottleneck delay error mistake failure outage incident
question answer request ticket case order invoice payment transaction purchase refund
channel campaign message email call meeting demo trial pilot proof rollout launch
record document file page form template checklist guide playbook handbook manual
option choice alternative tradeoff benefit advantage outcome impact value return saving
price discount fee rate margin revenue profit expense loss investment asset resource
industry sector segment niche category competitor rival alternative incumbent newcomer
country state city community neighborhood market economy workforce talent skill role
job task duty shift schedule calendar deadline milestone timeline window hour minute
level tier layer component piece part element item unit batch lot volume capacity
change improvement increase decrease reduction growth decline shift spike drop peak
source destination route path link connection interface endpoint gateway portal
server database cluster instance environment region zone backup archive copy replica
account profile identity credential password token key certificate permission role
alert notification reminder escalation exception warning threshold limit quota
survey interview workshop session webinar event conference summit roadshow seminar
article story blog post video podcast infographic brochure ebook checklist worksheet
story example scenario use pilot experiment test trial evaluation assessment review
score rating ranking grade index ratio percentage share portion fraction proportion
consultant advisor expert specialist coach trainer mentor sponsor champion advocate
director president founder officer chief head lead supervisor coordinator planner
client prospect lead opportunity pipeline funnel quota territory rep seller closer
question concern objection blocker hurdle obstacle barrier constraint limitation
building facility warehouse store branch clinic plant factory campus school hospital
truck vehicle fleet shipment package parcel pallet container carrier driver route
patient physician nurse clinician doctor caregiver pharmacist therapist surgeon
student teacher instructor professor course classroom semester curriculum lesson
shopper cashier merchant associate aisle shelf basket cart checkout coupon promotion
citizen agency official resident permit grant ministry county municipality council
machine line operator technician sensor robot tool spindle press furnace conveyor
bank lender borrower loan mortgage deposit branch teller broker trader portfolio
developer startup vendor reseller distributor integrator provider carrier tenant
quarterly milestone handoff kickoff walkthrough checkpoint retrospective
spreadsheet calculator estimate quote proposal contract agreement addendum clause
signature approval sign-off stakeholder sponsor buyer influencer gatekeeper committee
dollar euro pound cent figure number total average median sum count percent
story headline summary overview introduction conclusion chapter section appendix
fact detail point idea concept principle theme topic subject angle perspective
light weight speed pace rhythm cadence frequency interval cycle loop sequence
habit routine ritual culture mindset attitude behavior motivation morale trust
word phrase sentence paragraph note comment remark quote testimonial reference
screen window button menu tab panel widget chart graph table column row cell field
laptop phone tablet device printer scanner camera badge kiosk terminal monitor
week weekend morning afternoon evening night season holiday anniversary deadline
mission vision purpose promise commitment pledge guarantee warranty assurance
fine penalty lawsuit dispute claim complaint grievance breach violation finding
cloud premise edge hub core backbone stack pipeline queue stream feed cache log
winner loser leader laggard pioneer adopter skeptic critic fan buyer user viewer
neighbor friend colleague peer counterpart rival boss partner spouse family parent
minute hour moment instant second decade century era generation lifetime history
teacher learner reader writer speaker listener visitor guest host attendee audience
doctor lawyer accountant auditor controller treasurer regulator examiner inspector
engine motor battery charger panel turbine pump valve pipe boiler compressor
farm crop harvest field orchard vineyard barn tractor grain livestock
ship port dock harbor terminal yard crane berth vessel freight cargo
road bridge tunnel highway lane intersection station platform track rail
river lake coast island valley mountain hill forest desert region territory
storm flood fire drought heatwave earthquake outage shortage surge disruption
dream wish hope fear doubt worry surprise delight frustration relief pride
"""

MASS_NOUNS = """
software data information security compliance visibility governance revenue traffic
inventory equipment feedback knowledge research training support maintenance
performance productivity efficiency transparency accountability reliability uptime
throughput latency bandwidth storage capacity demand supply pricing spending funding
awareness adoption engagement retention loyalty satisfaction churn attrition turnover
privacy encryption authentication authorization monitoring logging reporting analytics
automation orchestration collaboration communication documentation onboarding
procurement fulfillment logistics distribution manufacturing healthcare education
insurance banking retail hospitality energy construction agriculture transportation
leadership management oversight guidance expertise experience evidence proof research
progress momentum growth scale speed agility resilience flexibility stability quality
safety wellbeing health nutrition hygiene sanitation cleanliness comfort convenience
risk exposure liability fraud waste abuse theft leakage shrinkage spoilage downtime
cash credit debt equity capital interest tax payroll overtime freight postage
paperwork bureaucracy friction complexity confusion chaos noise clutter overhead
time money effort attention energy focus patience discipline creativity curiosity
"""

VERBS = """
reduce improve increase help use need build deliver support manage track measure
connect share review approve launch plan create replace move cut save lower raise
protect secure monitor detect prevent resolve fix handle process automate integrate
simplify streamline standardize centralize consolidate accelerate scale expand grow
choose select compare evaluate assess test validate verify prove confirm check audit
train onboard coach guide teach learn adopt roll migrate upgrade install configure
report analyze forecast predict estimate calculate model plan budget allocate invest
negotiate close sign renew extend cancel churn retain engage convert qualify nurture
contact call email meet present demonstrate explain answer respond reply follow
schedule prioritize assign delegate escalate coordinate align organize structure
collect gather store archive retrieve search find discover explore browse filter sort
design develop code deploy release ship publish update patch maintain operate run
hire recruit staff retain promote reward recognize motivate empower enable equip
reach target segment position price package bundle discount quote invoice bill charge
comply meet exceed miss achieve attain reach hit surpass beat outperform trail lag
start begin finish complete stop pause resume continue repeat iterate refine adjust
open access view read write edit delete copy export import download upload sync
ask request require expect assume believe suggest recommend advise propose insist
reduce avoid eliminate minimize mitigate lessen shrink trim tighten relax loosen
transform modernize digitize reinvent rethink reshape redesign rebuild restore recover
notify alert remind warn inform tell show highlight emphasize stress underline
measure benchmark quantify count weigh rank score rate grade classify label tag
route dispatch deliver pick pack ship load unload receive stock restock replenish
treat diagnose admit discharge refer prescribe screen vaccinate schedule bill
enroll graduate attend study tutor grade instruct mentor assess register
lend borrow deposit withdraw transfer settle clear hedge underwrite insure
assemble machine weld inspect calibrate repair service operate fabricate mold
depend rely count focus commit promise pledge guarantee ensure assure certify
struggle fail suffer waste lose spend pay cost risk worry wonder hesitate doubt
celebrate thank welcome invite join partner collaborate cooperate contribute
"""

ADJECTIVES = """
new better faster simple secure easy real clear complete full single shared
modern flexible reliable scalable powerful intuitive automated integrated unified
strategic critical key major important essential primary core central main
small large mid-size global local regional national international remote hybrid
manual slow costly expensive complex fragmented siloed legacy outdated disconnected
annual monthly weekly daily quarterly yearly hourly seasonal recurring ongoing
average typical common standard custom tailored personal dedicated specific unique
accurate precise consistent timely current fresh recent early late previous next
digital mobile online offline cloud-based on-premise virtual physical hands-on
financial operational clinical technical commercial regulatory legal practical
significant measurable tangible visible transparent predictable repeatable proven
happy satisfied confident loyal engaged productive efficient effective successful
difficult hard painful tedious risky uncertain unclear unknown hidden invisible
open closed public private internal external upstream downstream frontline
strong weak high low deep broad wide narrow long short quick rapid steady
total overall entire whole partial additional extra spare limited unlimited
free paid premium basic advanced professional enterprise-grade industrial
first second third final initial last previous upcoming future current past
green sustainable renewable clean safe healthy fair ethical responsible compliant
busy crowded quiet calm stressful demanding rewarding meaningful valuable useful
smart intelligent predictive proactive reactive responsive adaptive dynamic agile
detailed thorough careful rigorous disciplined focused organized structured formal
old young senior junior experienced seasoned skilled trained certified qualified
wrong right true false correct incorrect accurate reliable trustworthy honest
rich poor cheap affordable economical profitable lucrative competitive aggressive
natural human emotional rational logical creative curious bold brave cautious
bright dark warm cold hot cool dry wet heavy light thick thin hard soft
sudden gradual constant frequent rare occasional sporadic continuous seamless
direct indirect explicit implicit formal informal official unofficial optional
mandatory voluntary automatic semiautomatic standalone embedded native built-in
"""

ADVERBS = """
quickly easily securely automatically directly clearly fully simply already often
always never sometimes usually rarely typically especially particularly mainly
significantly dramatically steadily gradually consistently reliably accurately
finally eventually immediately instantly soon recently currently previously
together separately manually centrally locally globally remotely visibly
nearly almost roughly approximately exactly precisely largely mostly partly
still even also just only really truly actually certainly probably likely
"""

# What a document about one industry talks about, most common first.
INDUSTRY_WORDS: dict[str, str] = {
    "healthcare": """
        patient hospital clinician readmission nurse physician discharge clinic admission
        care chart bed ward pharmacy prescription diagnosis treatment therapy surgery
        outpatient inpatient telehealth referral claim payer provider encounter episode
        triage emergency radiology laboratory specimen medication dosage allergy vaccine
        HIPAA EHR caregiver coordination wellness prevention screening outcome mortality
        """,
    "financial-services": """
        bank loan credit fraud deposit mortgage lender borrower underwriting branch
        teller account card transaction payment ledger reconciliation settlement broker
        portfolio wealth advisor investor custody trading compliance regulator examiner
        KYC AML sanction chargeback dispute overdraft interest yield premium insurer
        policyholder actuary claim underwriter audit capital liquidity solvency
        """,
    "manufacturing": """
        plant factory machine downtime line operator shift yield scrap defect quality
        maintenance spindle press assembly weld conveyor robot sensor OEE throughput
        supplier component batch lot tolerance inspection calibration tooling mold
        changeover setup backlog work-order bill-of-materials MRP ERP kanban lean
        inventory warehouse forklift safety incident recall traceability warranty
        """,
    "retail": """
        store shopper checkout basket cart merchandise shelf aisle planogram inventory
        stockout markdown promotion coupon loyalty omnichannel ecommerce fulfillment
        return associate cashier footfall conversion assortment category supplier
        replenishment forecast season holiday SKU price margin shrink theft franchise
        mall outlet pickup curbside marketplace catalog order shipment customer
        """,
    "public-sector": """
        agency citizen resident permit license caseworker benefit grant procurement
        ministry municipality county council department constituent taxpayer budget
        appropriation legislation mandate audit transparency accessibility records
        election court police firefighter emergency dispatch inspector zoning housing
        FedRAMP clearance contract tender accountability oversight program service
        """,
    "technology": """
        developer API cloud deployment release sprint backlog repository pipeline
        container cluster microservice endpoint latency uptime incident on-call SRE
        SaaS subscription tenant churn ARR MRR seat license integration webhook SDK
        roadmap feature bug ticket customer-success onboarding trial freemium upsell
        observability telemetry log metric trace outage rollback scalability DevOps
        """,
    "education": """
        student teacher classroom course campus enrollment tuition semester curriculum
        lesson grade exam attendance graduation faculty professor district school
        learner assignment homework tutor counselor admission scholarship alumni
        LMS accreditation syllabus lecture library dormitory registrar transcript
        retention dropout literacy parent principal superintendent board equity
        """,
    "logistics": """
        shipment carrier freight truck driver route warehouse dock pallet container
        parcel delivery dispatch fleet mileage fuel tracking visibility lane yard
        cross-dock last-mile backhaul detention demurrage customs broker port
        vessel rail intermodal consignee shipper manifest invoice rate tender
        cold-chain temperature damage claim ETA proof-of-delivery telematics
        """,
}

PRODUCT_WORDS: dict[str, str] = {
    "platform": """platform workspace dashboard workflow admin console single-sign-on
        permissions audit-trail template library mobile-app offline-mode""",
    "analytics": """analytics dashboard report forecast insight benchmark KPI scorecard
        trend visualization data-warehouse self-service query anomaly""",
    "security": """security encryption SSO MFA access-control threat vulnerability
        SOC2 ISO-27001 zero-trust audit-log incident-response key-management""",
    "integrations": """integration connector API webhook Salesforce HubSpot SAP Workday
        ServiceNow Slack Teams sync middleware""",
    "services": """implementation onboarding training consulting migration
        success-plan health-check workshop enablement support managed-service""",
}

PERSONA_TITLES: dict[str, tuple[str, ...]] = {
    "cfo": ("CFO", "finance director", "controller", "VP of finance", "treasurer"),
    "cio": ("CIO", "IT director", "head of IT", "CTO", "VP of technology"),
    "ciso": ("CISO", "security officer", "head of security", "compliance officer", "risk manager"),
    "operations": ("COO", "head of operations", "operations manager", "plant manager", "VP of operations"),
}

COMPANY_WORDS = """
Northwind Contoso Fabrikam Tailspin Litware Adatum Proseware Woodgrove Lakeshore
Riverside Summit Pinecrest Bluewater Redstone Ironbridge Silverline Greenfield
Highland Meridian Harbor Crescent Keystone Evergreen Granite Cedar Maple Oakridge
Brightwater Clearview Stonegate Westbrook Eastgate Northstar Southpoint Ridgeline
Parkside Fairview Hillcrest Lakeview Baywood Sunridge Copperfield Windmill Falcon
Horizon Pioneer Frontier Beacon Anchor Compass Lighthouse Sterling Regent Crown
Mercy Trinity Providence Sentinel Vanguard Atlas Apex Zenith Orion Juniper Aspen
"""

COMPANY_SUFFIXES = """
Health Medical Bank Credit Union Financial Insurance Manufacturing Industries
Foods Retail Stores Outfitters Logistics Freight Transport Systems Software Labs
University College Schools District County City Energy Group Partners Holdings
"""

COMPETITORS = (
    "Acme Suite",
    "Globex",
    "Initech",
    "Umbrella Cloud",
    "Hooli",
    "Vandelay",
    "Stark Analytics",
    "Wayne Systems",
    "Cyberdyne",
    "Soylent Data",
)

FIRST_NAMES = """
Maria James Priya Chen Olivia Ahmed Sofia Daniel Grace Lucas Aisha Mateo Emma
Noah Fatima Liam Hannah Ravi Elena Marcus Yuki Omar Laura Diego Nina Samuel
"""

LAST_NAMES = """
Garcia Patel Nguyen Smith Johnson Okafor Rossi Kim Schmidt Silva Haddad Novak
Cohen Murphy Tanaka Lopez Brown Walker Fischer Andersen Moreau Kowalski Singh
"""

CITIES = """
Boston Denver Austin Chicago Seattle Atlanta Phoenix Toronto London Dublin Madrid
Berlin Munich Paris Amsterdam Stockholm Singapore Sydney Melbourne Dallas Portland
"""

IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "analysis": "analyses",
    "criterion": "criteria",
    "life": "lives",
    "half": "halves",
    "shelf": "shelves",
    "leaf": "leaves",
    "man": "men",
    "woman": "women",
    "foot": "feet",
}

# base: (third person, past, -ing)
IRREGULAR_VERBS = {
    "build": ("builds", "built", "building"),
    "cut": ("cuts", "cut", "cutting"),
    "run": ("runs", "ran", "running"),
    "begin": ("begins", "began", "beginning"),
    "choose": ("chooses", "chose", "choosing"),
    "find": ("finds", "found", "finding"),
    "grow": ("grows", "grew", "growing"),
    "hit": ("hits", "hit", "hitting"),
    "lead": ("leads", "led", "leading"),
    "lend": ("lends", "lent", "lending"),
    "lose": ("loses", "lost", "losing"),
    "meet": ("meets", "met", "meeting"),
    "pay": ("pays", "paid", "paying"),
    "read": ("reads", "read", "reading"),
    "sell": ("sells", "sold", "selling"),
    "spend": ("spends", "spent", "spending"),
    "tell": ("tells", "told", "telling"),
    "teach": ("teaches", "taught", "teaching"),
    "write": ("writes", "wrote", "writing"),
    "show": ("shows", "showed", "showing"),
    "beat": ("beats", "beat", "beating"),
    "set": ("sets", "set", "setting"),
    "put": ("puts", "put", "putting"),
    "ship": ("ships", "shipped", "shipping"),
    "stop": ("stops", "stopped", "stopping"),
    "plan": ("plans", "planned", "planning"),
    "trim": ("trims", "trimmed", "trimming"),
    "commit": ("commits", "committed", "committing"),
    "admit": ("admits", "admitted", "admitting"),
    "refer": ("refers", "referred", "referring"),
    "label": ("labels", "labeled", "labeling"),
    "model": ("models", "modeled", "modeling"),
    "cancel": ("cancels", "canceled", "canceling"),
    "travel": ("travels", "traveled", "traveling"),
    "total": ("totals", "totaled", "totaling"),
    "control": ("controls", "controlled", "controlling"),
    "transfer": ("transfers", "transferred", "transferring"),
    "weld": ("welds", "welded", "welding"),
    "mold": ("molds", "molded", "molding"),
    "sign": ("signs", "signed", "signing"),
    "drop": ("drops", "dropped", "dropping"),
    "tag": ("tags", "tagged", "tagging"),
    "rely": ("relies", "relied", "relying"),
    "roll": ("rolls", "rolled", "rolling"),
    "see": ("sees", "saw", "seeing"),
    "go": ("goes", "went", "going"),
    "do": ("does", "did", "doing"),
    "have": ("has", "had", "having"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taking"),
    "give": ("gives", "gave", "giving"),
    "keep": ("keeps", "kept", "keeping"),
    "bring": ("brings", "brought", "bringing"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "knowing"),
    "win": ("wins", "won", "winning"),
    "get": ("gets", "got", "getting"),
    "hold": ("holds", "held", "holding"),
    "send": ("sends", "sent", "sending"),
    "fall": ("falls", "fell", "falling"),
    "rise": ("rises", "rose", "rising"),
    "catch": ("catches", "caught", "catching"),
    "buy": ("buys", "bought", "buying"),
    "deal": ("deals", "dealt", "dealing"),
    "tie": ("ties", "tied", "tying"),
}


def words(block: str) -> list[str]:
    """The words of a block, first occurrence kept, order kept (order = frequency rank)."""
    seen: dict[str, None] = {}
    for word in block.split():
        seen.setdefault(word, None)
    return list(seen)


def plural(noun: str) -> str:
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if "-" in noun:
        head, _, tail = noun.rpartition("-")
        return f"{head}-{plural(tail)}"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def inflect(verb: str) -> tuple[str, str, str]:
    """(third person singular, past, -ing) of a base verb."""
    if verb in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[verb]
    third = plural(verb)
    if verb.endswith("e"):
        past = verb + "d"
        ing = verb[:-1] + "ing" if not verb.endswith("ee") else verb + "ing"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past = verb[:-1] + "ied"
        ing = verb + "ing"
    else:
        past = verb + "ed"
        ing = verb + "ing"
    return third, past, ing
