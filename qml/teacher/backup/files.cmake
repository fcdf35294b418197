# The teacher's backup and restore (qml/teacher/backup): the backup page, the restore page (also
# offered on the first start) and the lines in Instellingen, over core/backup/journal_backup.h.
set(kw_backup_qml
    teacher/backup/BackupPage.qml
    teacher/backup/RestorePage.qml
    teacher/backup/BackupSettings.qml
)
set(kw_backup_sources
    teacher/backup/backup_maker.h teacher/backup/backup_maker.cpp
    teacher/backup/backup_restorer.h teacher/backup/backup_restorer.cpp
)
