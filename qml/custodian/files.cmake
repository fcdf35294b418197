# The custodian's pages: the inbox, the release, co-signing the profile.
set(kw_custodian_qml
)
set(kw_custodian_sources
)
