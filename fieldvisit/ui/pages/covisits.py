"""The co-visits with reps page."""

from __future__ import annotations

from fieldvisit.ui.pages.overview import OverviewPage


class CoVisitsPage(OverviewPage):
    key = "covisits"
    tables = ("covisit", "covisit_call", "action_item")

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("Co-visits"),
            self.tr(
                "Days in the field beside a rep: the calls made together, the coaching "
                "given and the action plan agreed."
            ),
        )
