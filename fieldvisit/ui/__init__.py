"""The PySide6 desktop window: the only layer that imports Qt widgets."""
