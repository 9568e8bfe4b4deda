"""archiver: archive and search the news of Vietnamese local government portals."""

__version__ = "0.1.0"
