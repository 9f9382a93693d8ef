"""The sales feedback loop: profiles, deals and their CRM import, usage, feedback, requests,
the search log, recommendations and pitch kits."""
