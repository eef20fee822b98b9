"""Rumah Singgah: offline-first case management for Indonesian social shelters."""

__version__ = "0.1.0"
APP_NAME = "RumahSinggah"
APP_AUTHOR = "RumahSinggah"
