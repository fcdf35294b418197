# HR's pages (qml/hr): the dashboard and its parts, with the thin models behind them.
set(kw_hr_qml
    hr/DashboardPage.qml
    hr/DashboardHeader.qml
    hr/OverviewTab.qml
    hr/FigureCard.qml
    hr/TrendsTab.qml
    hr/TrendChartCard.qml
    hr/HeatmapTab.qml
    hr/SourcesTab.qml
    hr/SourcesCard.qml
    hr/KernwaardenTab.qml
    hr/PrivacyLegend.qml
)
set(kw_hr_sources
    hr/dashboard_metrics.h hr/dashboard_metrics.cpp
    hr/figure_text.h hr/figure_text.cpp
    hr/hr_dashboard.h hr/hr_dashboard.cpp
    hr/hr_overview_model.h hr/hr_overview_model.cpp
    hr/hr_trend_chart.h hr/hr_trend_chart.cpp
    hr/hr_heatmap_model.h hr/hr_heatmap_model.cpp
    hr/hr_sources_model.h hr/hr_sources_model.cpp
    hr/hr_kernwaarden_model.h hr/hr_kernwaarden_model.cpp
)
