"""PDF renderers: a plain snapshot in, PDF bytes out (ReportLab)."""
