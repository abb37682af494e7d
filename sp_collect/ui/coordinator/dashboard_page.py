"""The dashboard: responses by status, form, country and institution, and the readiness heat-map."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.charts import CountBars, fill_heatmap, heatmap_table
from sp_collect.ui.coordinator.dashboard_data import DashboardData, collect
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.coordinator.review_page import review_status_text
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.responses_page import status_text
from sp_collect.ui.settings import preferences


def _box(content: QWidget) -> QGroupBox:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    layout.addStretch(1)
    return box


@register_page
class DashboardPage(Page):
    """Counts refresh off the UI thread whenever something changed."""

    roles = frozenset({COORDINATOR})
    order = 80

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = DashboardData()
        self._loading = False
        self._again = False
        self.heading = heading()
        self.explain = explanation()
        self.by_status, self.by_form = CountBars(), CountBars()
        self.by_country, self.by_institution = CountBars(), CountBars()
        self.boxes = [_box(w) for w in (self.by_status, self.by_form)]
        self.boxes += [_box(w) for w in (self.by_country, self.by_institution)]
        self.heatmap = heatmap_table("")
        self.no_scores = explanation()
        heat_box = QGroupBox()
        heat_layout = QVBoxLayout(heat_box)
        heat_layout.addWidget(self.no_scores)
        heat_layout.addWidget(self.heatmap)
        self.heat_box = heat_box
        grid = QGridLayout()
        for index, box in enumerate(self.boxes):
            grid.addWidget(box, index // 2, index % 2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(grid)
        inner_layout.addWidget(heat_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(scroll, 1)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.explain.setText(
            self.tr(
                "Every response in this workspace, counted. The heat-map shows readiness "
                "indices (0–100, workshop corrections applied) per institution."
            )
        )
        names = (
            self.tr("By status"),
            self.tr("By form"),
            self.tr("By country"),
            self.tr("By institution"),
        )
        for box, name in zip(self.boxes, names, strict=True):
            box.setTitle(name)
        for bars, name in zip(self.charts(), names, strict=True):
            bars.setAccessibleName(self.tr("Responses %1").replace("%1", name.lower()))
        self.heat_box.setTitle(self.tr("Readiness by institution and sub-dimension"))
        self.heatmap.setAccessibleName(self.tr("Readiness heat-map"))
        self.show_data(self.data)

    def charts(self) -> tuple[CountBars, CountBars, CountBars, CountBars]:
        return self.by_status, self.by_form, self.by_country, self.by_institution

    def refresh(self, changes: object | None = None) -> None:
        """Recount on the worker; a change during a count asks for one more afterwards."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        workspace = self.ctx.workspace
        language = preferences(self.ctx).language
        self.ctx.run(
            lambda progress, cancel: collect(workspace, language, progress, cancel),
            self._loaded,
            parent=self,
        )

    def _loaded(self, data: DashboardData) -> None:
        self._loading = False
        self.show_data(data)
        if self._again:
            self._again = False
            self.refresh()

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        none = self.tr("No responses yet.")
        statuses = [(_status(status), count) for status, count in data.by_status]
        self.by_status.set_counts(statuses, none)
        self.by_form.set_counts(data.by_form, none)
        unknown = self.tr("No response names a country yet.")
        self.by_country.set_counts(data.by_country, unknown)
        unknown = self.tr("No response names an institution yet.")
        self.by_institution.set_counts(data.by_institution, unknown)
        heat = data.heatmap
        self.heatmap.setVisible(heat is not None)
        if heat is None:
            if data.no_scores:
                problem = self.tr("The institutions could not be scored: %1")
                self.no_scores.setText(problem.replace("%1", data.no_scores))
            else:
                self.no_scores.setText(self.tr("No institution has been scored yet."))
        else:
            self.no_scores.setText(
                self.tr(
                    "Red below 25, orange below 50, yellow below 75, "
                    "green from 75; a dash: not scored."
                )
            )
            fill_heatmap(
                self.heatmap,
                heat.institutions,
                heat.subdimensions,
                heat.subdimension_labels,
                heat.indices,
                "—",
            )


def _status(status: str) -> str:
    """Coordinator statuses in review wording, the others as the field side says them."""
    worded = review_status_text(status)
    return worded if worded != status else status_text(status)
