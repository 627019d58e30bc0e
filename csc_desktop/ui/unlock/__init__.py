"""The unlock window: choose a profile on this laptop and type its passphrase."""
