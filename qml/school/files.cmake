# What HR and the custodian share: the key page.
set(kw_school_qml
    school/KeyPage.qml
)
set(kw_school_sources
)
