"""The register of experts by experience and developer clients in the admin (`participation.models.register`):
who may use it, its screens, adding a person from an application in the inbox, and its personal data."""
