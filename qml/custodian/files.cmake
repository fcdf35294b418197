# The custodian's pages: the inbox, the release, co-signing the profile.
set(kw_custodian_qml
    custodian/CoSignPage.qml
    custodian/CoSignRefusal.qml
    custodian/CoSignSchoolCard.qml
    custodian/CoSignChangesCard.qml
    custodian/CoSignHoldersCard.qml
)
set(kw_custodian_sources
    custodian/profile_cosigning.h custodian/profile_cosigning.cpp
)
