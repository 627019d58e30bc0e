"""Record lists: a lazily fetched table model per record kind, its filters and its page."""
