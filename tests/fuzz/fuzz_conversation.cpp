// libFuzzer target: any bytes as the three files of a waarderingsgesprek (.kwgesprek,
// .kwverslag, .kwreactie), opened as the leader's and the teacher's apps open them with the keys
// the seeds are sealed to; and the same bytes as the inside of a seal (a SignedConversation),
// read as a stored body is read again, so the body rules are reached without breaking a seal.
// Every refusal must carry a reason.
#include "conversation/conversation_file.h"
#include "fuzz_conversation_keys.h"
#include "fuzz_support.h"

using namespace kw;
using namespace kw::conversation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const OwnKeys& leader = fuzz::corpusLeader();
    const OwnKeys& teacher = fuzz::corpusTeacher();
    fuzz::mustExplain(openPreparation(bytes, leader));
    fuzz::mustExplain(openResponse(bytes, leader));
    fuzz::mustExplain(openVerslag(bytes, teacher));
    (void)conversationKindOf(bytes);

    v1::SignedConversation inner;
    if (inner.ParseFromArray(data, int(size))) {
        const QByteArray body = QByteArray::fromStdString(inner.body());
        const QByteArray signature = QByteArray::fromStdString(inner.signature());
        fuzz::mustExplain(readSignedPreparation(body, signature));
        fuzz::mustExplain(readSignedVerslag(body, signature));
        fuzz::mustExplain(readSignedResponse(body, signature));
    }
    return 0;
}
