from django.apps import AppConfig


class MaintenanceConfig(AppConfig):
    """Operations on the whole site (backup and restore); no models."""

    name = "maintenance"
