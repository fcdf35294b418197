# HR's pages and their controllers, paths relative to qml/.
set(kw_hr_qml
    hr/ReleaseImportPage.qml
)
set(kw_hr_sources
    hr/release_import_results.h hr/release_import_results.cpp
    hr/release_import_desk.h hr/release_import_desk.cpp
)
