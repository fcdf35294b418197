#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>
#include <memory>

namespace kw::test {
class ConversationTeacher;
}

/**
 * Files for the leader's pages (tst_gesprek_leader.qml), made by the real core code: the
 * school's co-signed profile listing the leader Lotte (test::profileWithLeaders), one that does
 * not list her yet, her unlocked key file, and a preparation written by a teacher's journal
 * through the teacher's own code (TeacherConversations::sendPreparation) for tomorrow. The same
 * teacher then opens what the leader wrote (teacherReads), as the teacher's app would.
 */
class LeaderFixtures : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl profile MEMBER m_profile CONSTANT)
    Q_PROPERTY(QUrl notListedProfile MEMBER m_notListedProfile CONSTANT)
    Q_PROPERTY(QString keyPath MEMBER m_keyPath CONSTANT)
    Q_PROPERTY(QUrl preparation MEMBER m_preparation CONSTANT)
    Q_PROPERTY(QString teacherName MEMBER m_teacherName CONSTANT)
    Q_PROPERTY(QUrl scratch MEMBER m_scratch CONSTANT)

public:
    /** Writes the files into @p folder; stops the run when the core refuses to make one. */
    explicit LeaderFixtures(const QString& folder, QObject* parent = nullptr);
    ~LeaderFixtures() override;

    /** The leader's key file path, for the desk (made before the fixtures' other files). */
    static QString writeKeyFile(const QString& folder);

    /**
     * The teacher imports the verslag @p file into their journal (TeacherConversations::
     * importVerslag) and reads it back: {error, notes: [{part, ownPoints, notes}], agreements:
     * [{what, who, due, kernwaarde, goalRef}]}; error is "" when it was imported.
     */
    Q_INVOKABLE QVariantMap teacherReads(const QUrl& file);

private:
    std::unique_ptr<kw::test::ConversationTeacher> m_teacher;
    QUrl m_profile;
    QUrl m_notListedProfile;
    QString m_keyPath;
    QUrl m_preparation;
    QString m_teacherName;
    QUrl m_scratch;
};
