# The custodian's (vertrouwenshouder's) pages and their controllers, paths relative to qml/.
set(kw_custodian_qml
    custodian/InboxPage.qml
    custodian/ReleasePage.qml
)
set(kw_custodian_sources
    custodian/import_outcome_model.h custodian/import_outcome_model.cpp
    custodian/outcome_filter_model.h custodian/outcome_filter_model.cpp
    custodian/inbox_import.h custodian/inbox_import.cpp
    custodian/kept_periods.h custodian/kept_periods.cpp
    custodian/preview_cell_model.h custodian/preview_cell_model.cpp
    custodian/period_release.h custodian/period_release.cpp
)
