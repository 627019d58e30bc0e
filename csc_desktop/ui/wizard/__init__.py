"""First run: the wizard that creates a profile."""
