# HR's pages: the dashboard, importing releases, the profile editor, the bestuur view.
set(kw_hr_qml
)
set(kw_hr_sources
)
