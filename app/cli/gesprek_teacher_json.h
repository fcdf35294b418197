#pragma once

#include "conversation/teacher_conversation_store.h"
#include "profile/school_profile.h"

#include <QJsonObject>
#include <QStringList>

/** How `kernwijzer-cli gesprek` shows the teacher's side: JSON and lines for the terminal. */
namespace kw::cli {

namespace v1 = ::kernwijzer::v1;

/** Lower-case hex: how the CLI shows conversation and agreement ids. */
QString hexId(const std::string& bytes);
QString hexId(const QByteArray& bytes);

/** A preparation as the leader will see it. */
QJsonObject preparationJson(const v1::Preparation& body);
QStringList preparationLines(const v1::Preparation& body, const SchoolProfile& profile);

/** A verslag with its agreements, and the teacher's answers where there are any. */
QJsonObject verslagJson(const v1::Verslag& body, const QList<conversation::AgreementLink>& links,
    const v1::Response* response);
QStringList verslagLines(const v1::Verslag& body, const QList<conversation::AgreementLink>& links,
    const v1::Response* response);

} // namespace kw::cli
