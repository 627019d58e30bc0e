"""Form widgets the screens share: dates, numbers and amounts typed the local way, reference-data
codes, institutions, result banners."""
