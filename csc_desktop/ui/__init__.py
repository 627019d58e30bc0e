"""The Qt application: a thin layer over the services of the core. It never talks SQL."""
