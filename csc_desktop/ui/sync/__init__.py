"""The sync screens: a team's Sync page, and HQ's Devices, Import and Conflicts pages."""
