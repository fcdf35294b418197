# HR's pages (qml/hr): the dashboard and its parts, the profile editor, the bestuur view and the
# exports, with the thin models and controllers behind them.
set(kw_hr_qml
    hr/DashboardPage.qml
    hr/ReleaseImportPage.qml
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
    hr/ExportDialog.qml
    hr/BestuurPage.qml
    hr/ProfileEditorPage.qml
    hr/FormBox.qml
    hr/NumberField.qml
    hr/ProblemLabel.qml
    hr/RowButtons.qml
    hr/ProfileSchoolBox.qml
    hr/ProfileKernwaardenBox.qml
    hr/ProfileItemsEditor.qml
    hr/ProfileRulesBox.qml
    hr/ProfileContactsBox.qml
    hr/ProfileCustodianBox.qml
    hr/ProfileLeadersBox.qml
    hr/ProfileSignBox.qml
    hr/ProfilePreview.qml
)
set(kw_hr_sources
    hr/dashboard_metrics.h hr/dashboard_metrics.cpp
    hr/figure_labels.h hr/figure_labels.cpp
    hr/hr_dashboard.h hr/hr_dashboard.cpp
    hr/hr_overview_model.h hr/hr_overview_model.cpp
    hr/hr_trend_chart.h hr/hr_trend_chart.cpp
    hr/hr_heatmap_model.h hr/hr_heatmap_model.cpp
    hr/hr_sources_model.h hr/hr_sources_model.cpp
    hr/hr_kernwaarden_model.h hr/hr_kernwaarden_model.cpp
    hr/hr_export.h hr/hr_export.cpp
    hr/bestuur_board.h hr/bestuur_board.cpp
    hr/profile_editor.h hr/profile_editor.cpp
    hr/release_import_results.h hr/release_import_results.cpp
    hr/release_import_desk.h hr/release_import_desk.cpp
)
