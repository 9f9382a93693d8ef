"""What every screen shares: the task runner, the record table model, the handle on the
services (SalesContext) and the words for deals and segments."""
