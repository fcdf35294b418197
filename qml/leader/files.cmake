# The team leader's pages (qml/leader): the conversations and teachers, one conversation, the
# gespreksmodus, the school profile, with the thin models and controllers behind them.
set(kw_leader_qml
    leader/ConversationsPage.qml
    leader/ConversationRow.qml
    leader/TeachersPage.qml
    leader/TeacherRow.qml
    leader/ImportReviewDialog.qml
    leader/LeaderProfilePage.qml
    leader/ConversationPage.qml
    leader/ConversationActions.qml
    leader/PreparationPart.qml
    leader/AgreementsList.qml
    leader/NoHiddenNotes.qml
    leader/StateBadge.qml
    leader/GespreksmodusPage.qml
    leader/AgendaPartList.qml
    leader/PartWorkPane.qml
    leader/AgreementForm.qml
    leader/TurnTowardsView.qml
)
set(kw_leader_sources
    leader/leader_text.h
    leader/leader_profile.h leader/leader_profile.cpp
    leader/leader_teacher_model.h leader/leader_teacher_model.cpp
    leader/leader_conversation_model.h leader/leader_conversation_model.cpp
    leader/conversation_file_import.h leader/conversation_file_import.cpp
    leader/leader_conversation.h leader/leader_conversation.cpp
    leader/agreement_list_model.h leader/agreement_list_model.cpp
    leader/conversation_notes.h leader/conversation_notes.cpp
    leader/verslag_files.h leader/verslag_files.cpp
    leader/access_request_export.h leader/access_request_export.cpp
    leader/leader_reminder.h leader/leader_reminder.cpp
)
