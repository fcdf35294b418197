# HR's pages: the dashboard, importing releases, the profile editor, the bestuur view.
set(kw_hr_qml
    hr/BestuurPage.qml
    hr/ExportDialog.qml
)
set(kw_hr_sources
    hr/bestuur_board.h hr/bestuur_board.cpp
    hr/hr_export.h hr/hr_export.cpp
)
