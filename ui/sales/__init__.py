"""The sales screens: Prepare for a call, Deals, Requests, the feedback prompt, the profile."""
