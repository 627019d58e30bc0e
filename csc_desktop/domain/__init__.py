"""The domain: what records are, their fields, reference data and clocks. No storage, no Qt."""
