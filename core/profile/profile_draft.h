#pragma once

#include "common/result.h"
#include "profile/profile_problems.h"
#include "profile/school_profile.h"

#include <QDate>
#include <QList>

namespace kw {

/**
 * A profile HR edits before signing: where it starts (the school's current profile, or a
 * template) and what it must meet before HR signs it. The profile rules themselves are
 * profileProblems(); the key holders are attached at signing (exchange/profile_signing.h).
 */

/**
 * The demo school's profile with placeholders for the school and its custodian, valid for a
 * year from @p today and naming no keys yet: what a school starts from (CLI `profile template`).
 */
SchoolProfile profileTemplate(QDate today);

/**
 * The next version of @p current for HR to edit: everything kept (the custodian and the
 * handovers that brought them too), the version one higher, and when @p current has run out or
 * has no end date, a year from @p today.
 */
SchoolProfile nextVersionDraft(const SchoolProfile& current, QDate today);

/**
 * Everything that stops HR from signing @p draft, by field: profileProblems() plus an end date
 * from @p today on ("validUntil"), the custodian's name and contact ("custodian") and whether
 * the custodian's keys are known ("keys"). HR's own keys are attached when signing.
 */
QList<ProfileProblem> draftProblems(const SchoolProfile& draft, QDate today);

/**
 * A profile id for a new item named @p name: lower case, accents dropped, other characters to
 * '-', at most 40 (isProfileId()); "item" when nothing is left; "-2", "-3" … added while
 * @p taken has it. Existing items keep their ids: ids are what is stored, across versions.
 */
QString idForName(const QString& name, const QStringList& taken);

/** Colours a kernwaarde may take, readable on white ("#rrggbb"), in the order offered. */
QStringList kernwaardeColors();

/** The first of kernwaardeColors() no kernwaarde in @p values has yet (the first when all). */
QString unusedKernwaardeColor(const QList<Kernwaarde>& values);

/** Where teachers send their files: an e-mail address or upload page of at most 200 characters. */
[[nodiscard]] Status checkCustodianContact(const QString& contact);

} // namespace kw
