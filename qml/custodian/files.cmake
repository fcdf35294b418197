# The custodian's pages: the inbox, the release, co-signing the profile.
set(kw_custodian_qml
    custodian/InboxPage.qml
    custodian/ReleasePage.qml
    custodian/CoSignPage.qml
    custodian/CoSignRefusal.qml
    custodian/CoSignSchoolCard.qml
    custodian/CoSignChangesCard.qml
    custodian/CoSignHoldersCard.qml
)
set(kw_custodian_sources
    custodian/import_outcome_model.h custodian/import_outcome_model.cpp
    custodian/outcome_filter_model.h custodian/outcome_filter_model.cpp
    custodian/inbox_import.h custodian/inbox_import.cpp
    custodian/kept_periods.h custodian/kept_periods.cpp
    custodian/preview_cell_model.h custodian/preview_cell_model.cpp
    custodian/period_release.h custodian/period_release.cpp
    custodian/profile_cosigning.h custodian/profile_cosigning.cpp
)
