"""The contact records and promises page."""

from __future__ import annotations

from fieldvisit.ui.pages.overview import OverviewPage


class RecordsPage(OverviewPage):
    key = "records"
    tables = ("contact_record", "promise")

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("Contact records"),
            self.tr(
                "A record after every call: objectives, what was said, successes, "
                "shortcomings and lessons, and the promises to follow up."
            ),
        )
