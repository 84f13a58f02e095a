"""The campaigns app's admin hooks live by concern in campaigns.admin; importing registers them."""

from campaigns.admin import calendar_hooks, editor_hooks, share_kit_hooks

__all__ = ["calendar_hooks", "editor_hooks", "share_kit_hooks"]
