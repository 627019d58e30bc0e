"""What every screen shares: the background runner, the application context, test seams."""
