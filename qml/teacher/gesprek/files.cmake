# The teacher's side of the waarderingsgesprek (qml/teacher/gesprek): the conversations, the
# preparation with its preview and sending, the leader's verslag and the response, with the thin
# controllers and models over core/conversation/teacher_conversations.h.
set(kw_gesprek_qml
    teacher/gesprek/GesprekPage.qml
    teacher/gesprek/GesprekCard.qml
    teacher/gesprek/GesprekRow.qml
    teacher/gesprek/PreparePage.qml
    teacher/gesprek/PrepareWhenBox.qml
    teacher/gesprek/PreparePointsBox.qml
    teacher/gesprek/PrepareReflectionsBox.qml
    teacher/gesprek/PrepareGoalsBox.qml
    teacher/gesprek/PrepareSharingBox.qml
    teacher/gesprek/ReflectionPickerDialog.qml
    teacher/gesprek/PartComboBox.qml
    teacher/gesprek/FormSection.qml
    teacher/gesprek/PreviewPage.qml
    teacher/gesprek/PreviewItem.qml
    teacher/gesprek/SaveAsRow.qml
    teacher/gesprek/VerslagPage.qml
    teacher/gesprek/VerslagNotes.qml
    teacher/gesprek/AgreementCard.qml
    teacher/gesprek/PopChangesBox.qml
)
set(kw_gesprek_sources
    teacher/gesprek/conversation_list_model.h teacher/gesprek/conversation_list_model.cpp
    teacher/gesprek/preparation_editor.h teacher/gesprek/preparation_editor.cpp
    teacher/gesprek/preparation_preview_model.h teacher/gesprek/preparation_preview_model.cpp
    teacher/gesprek/verslag_response.h teacher/gesprek/verslag_response.cpp
)
