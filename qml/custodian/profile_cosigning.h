#pragma once

#include "custodian/profile_cosign.h"
#include "services/custodian_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the custodian's co-sign screen: the profile HR made, read and reviewed by core
 * (custodian/profile_cosign.h) against the profiles the custodian signed before, shown in plain
 * words (the school, k, both key holders with their fingerprints, the handovers, what changed);
 * then one explicit coSign() writes the co-signed file and keeps it in the custodian's database.
 */
class ProfileCoSigning : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::CustodianDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(bool opened READ opened NOTIFY reviewChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY reviewChanged)
    /** {name, id, version, validUntil, periodMonths, minGroupWellbeing, minGroupCounts,
     * kernwaarden (names), teams, roles ([{name, staffCount}]), ageBands (names),
     * verificationCode} */
    Q_PROPERTY(QVariantMap school READ school NOTIFY reviewChanged)
    /** {name, role, fingerprint, boxFingerprint, contact, signed} */
    Q_PROPERTY(QVariantMap hr READ hr NOTIFY reviewChanged)
    Q_PROPERTY(QVariantMap custodian READ custodian NOTIFY reviewChanged)
    /** Whether the profile names the key of this desk as custodian (false while unknown). */
    Q_PROPERTY(bool namesYou READ namesYou NOTIFY reviewChanged)
    /** [{from, fromFingerprint, to, toFingerprint, signedOn}] oldest first. */
    Q_PROPERTY(QVariantList handovers READ handovers NOTIFY reviewChanged)
    /** The version the changes are counted from; 0 for a first profile. */
    Q_PROPERTY(int previousVersion READ previousVersion NOTIFY reviewChanged)
    /** [{area, text}] */
    Q_PROPERTY(QVariantList changes READ changes NOTIFY reviewChanged)
    Q_PROPERTY(bool alreadyStored READ alreadyStored NOTIFY reviewChanged)
    /** Why it cannot be co-signed; "" when it can. */
    Q_PROPERTY(QString refusal READ refusal NOTIFY reviewChanged)
    Q_PROPERTY(bool canCoSign READ canCoSign NOTIFY reviewChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    /** The co-signed file written last; "" before. */
    Q_PROPERTY(QString coSignedPath READ coSignedPath NOTIFY statusChanged)

public:
    explicit ProfileCoSigning(QObject* parent = nullptr);
    ~ProfileCoSigning() override;

    CustodianDesk* desk() const { return m_desk; }
    void setDesk(CustodianDesk* desk);

    bool opened() const { return m_review.has_value(); }
    QString fileName() const { return m_fileName; }
    QVariantMap school() const;
    QVariantMap hr() const;
    QVariantMap custodian() const;
    bool namesYou() const;
    QVariantList handovers() const;
    int previousVersion() const;
    QVariantList changes() const;
    bool alreadyStored() const { return m_review && m_review->alreadyStored; }
    QString refusal() const { return m_review ? m_review->refusal : QString(); }
    bool canCoSign() const { return m_review && m_review->refusal.isEmpty(); }
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }
    QString coSignedPath() const { return m_coSignedPath; }

    /** Opens the profile HR made; false (errorText says why) when it does not read. */
    Q_INVOKABLE bool open(const QUrl& file);
    /** Opens the .kwprofiel among dropped @p urls (the first one). */
    Q_INVOKABLE bool openDropped(const QList<QUrl>& urls);
    /**
     * Co-signs with the custodian's unlocked key, writes the co-signed file to @p file and
     * keeps it in the custodian's database; false (errorText says why) changes nothing.
     */
    Q_INVOKABLE bool coSign(const QUrl& file);
    /** "<school id>-v<version>-medeondertekend.kwprofiel" */
    Q_INVOKABLE QString suggestedFileName() const;
    Q_INVOKABLE void close();

signals:
    void deskChanged();
    void reviewChanged();
    void statusChanged();

private:
    bool review(const QByteArray& bytes, const QString& name);
    void setStatus(const QString& status, const QString& error);

    QPointer<CustodianDesk> m_desk;
    std::optional<custodian::CoSignReview> m_review;
    QByteArray m_bytes;
    QString m_fileName;
    QString m_status;
    QString m_error;
    QString m_coSignedPath;
};

} // namespace kw
