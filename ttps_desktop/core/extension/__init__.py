"""The extension of stay: the second application every TTPS holder makes (spec section 5)."""
