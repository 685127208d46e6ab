// Fuzz target: every validator and normaliser a typed or imported value goes through — VIN,
// plate, mobile, dates in the forms people write them, search keys, pinyin, CSV fields and the
// text decoders. Beyond "no crash": what a validator accepts it accepts again unchanged, a date
// it reads comes back from its ISO form, and a CSV line gives back the fields it was made of.
#include "core/Csv.h"
#include "core/Mobile.h"
#include "core/Pinyin.h"
#include "core/Plate.h"
#include "core/SearchKeys.h"
#include "core/TextCodec.h"
#include "core/Vin.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace crm;

namespace {
void check(bool ok, const char *what, const QString &input)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_validators: %s (input %s)\n", what, qPrintable(input));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto e : {TextCodec::Encoding::Utf8, TextCodec::Encoding::Gb18030}) {
        auto decoded = TextCodec::decode(bytes, e);
        (void)decoded;
    }
    const QString text = QString::fromUtf8(bytes);

    if (auto vin = Vin::validate(text)) {
        check(vin->size() == 17, "an accepted VIN has 17 characters", text);
        check(Vin::checkDigit(*vin) == vin->at(8), "an accepted VIN carries its check digit", text);
        auto again = Vin::validate(*vin);
        check(again && *again == *vin, "an accepted VIN is accepted again unchanged", text);
    }
    if (auto plate = Plate::normalise(text)) {
        auto again = Plate::normalise(*plate);
        check(again && *again == *plate, "a normalised plate is accepted again unchanged", text);
        (void)Plate::withoutProvince(*plate);
    }
    if (auto mobile = Mobile::normalise(text)) {
        auto again = Mobile::normalise(*mobile);
        check(again && *again == *mobile, "a normalised mobile is accepted again unchanged", text);
        check(Mobile::masked(*mobile).size() == mobile->size(), "a masked mobile keeps its length", text);
    }
    const QDate d = parseLooseDate(text);
    if (d.isValid())
        check(parseLooseDate(d.toString(Qt::ISODate)) == d, "a date read comes back from its ISO form", text);

    (void)Pinyin::initials(text);
    (void)SearchKeys::normaliseQuery(text);
    (void)SearchKeys::forCustomer(text, text, {text}, {text});

    // CSV: whatever a line is made of, parsing it gives the fields back (with the formula guard
    // the writer adds); and any text parses without crashing.
    (void)Csv::parse(text);
    const QStringList fields = text.split(QChar(u'|'));
    QStringList written;
    for (const QString &f : fields)
        written << Csv::neutralise(f);
    const QList<QStringList> back = Csv::parse(Csv::line(fields));
    if (fields.size() == 1 && fields.first().isEmpty())
        check(back.isEmpty(), "an empty line is no record", text);
    else
        check(back.size() == 1 && back.first() == written, "a CSV line gives back its fields", text);
    return 0;
}
