// The fuzz targets without libFuzzer (the g++ build, the test suite): runs every file of the
// corpus and regression folders given, then mutates them — byte flips, inserts, deletes,
// splices, interesting values — from a fixed seed until the time is up. Not coverage-guided;
// scripts/fuzz.sh builds the same targets with clang's libFuzzer for the long runs, and what it
// finds goes into tests/fuzz/regressions, which this replays on every test run.
//   fuzz_TARGET [-max_total_time=SECONDS] [-seed=N] DIR|FILE…
#include <QByteArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray in, const std::vector<QByteArray> &pool, QRandomGenerator &rng)
{
    static const char *const tokens[] = {
        "\"",       "\"\"", ",",  ";",  "\t",         "\r\n", "\n",     "\xEF\xBB\xBF", "\xFF\xFE", "\x81\x30",
        "\xE4\xB8", "年",   "月", "日", "/",          "-",    "0",      "9999",         "2024",     "13",
        "31",       "29",   "=",  "'",  "PK\x03\x04", "<",    "</row>", "<c t=\"s\">",  "&amp;",    "\0"};
    const int steps = 1 + int(rng.bounded(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = in.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(in.size())));
        switch (rng.bounded(6)) {
        case 0: // flip a bit
            if (!in.isEmpty())
                in[at] = char(in[at] ^ char(1 << rng.bounded(8)));
            break;
        case 1: // random byte
            in.insert(at, char(rng.bounded(256)));
            break;
        case 2: // delete a run
            in.remove(at, qsizetype(rng.bounded(16)) + 1);
            break;
        case 3: { // an interesting token
            const char *t = tokens[rng.bounded(quint32(sizeof tokens / sizeof *tokens))];
            in.insert(at, QByteArray(t, qsizetype(std::max<size_t>(1, std::strlen(t)))));
            break;
        }
        case 4: { // splice a piece of another input
            const QByteArray &other = pool[rng.bounded(quint32(pool.size()))];
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(rng.bounded(quint32(other.size())));
                in.insert(at, other.mid(from, qsizetype(rng.bounded(64)) + 1));
            }
            break;
        }
        default: // duplicate a run (long lines, many rows)
            in.insert(at, in.mid(at, qsizetype(rng.bounded(256)) + 1).repeated(int(rng.bounded(8)) + 1));
            break;
        }
    }
    return in.left(1 << 20);
}

} // namespace

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    double seconds = 10;
    quint32 seed = 1;
    std::vector<QByteArray> pool;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a.startsWith("-max_total_time=")) {
            seconds = a.mid(16).toDouble();
        } else if (a.startsWith("-seed=")) {
            seed = a.mid(6).toUInt();
        } else {
            QDirIterator it(QString::fromLocal8Bit(a), QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            if (QFileInfo(QString::fromLocal8Bit(a)).isFile())
                files << QString::fromLocal8Bit(a);
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &path : files) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly))
                    pool.push_back(f.readAll());
            }
        }
    }
    if (pool.empty())
        pool.push_back({});
    // Every corpus and regression input first: a crash found once stays fixed.
    for (const QByteArray &input : pool)
        run(input);
    const size_t replayed = pool.size();
    QRandomGenerator rng(seed);
    QElapsedTimer clock;
    clock.start();
    qint64 runs = 0;
    while (clock.elapsed() < qint64(seconds * 1000)) {
        QByteArray input = mutate(pool[rng.bounded(quint32(pool.size()))], pool, rng);
        run(input);
        ++runs;
        if (runs % 64 == 0 && pool.size() < 512)
            pool.push_back(std::move(input)); // let mutations build on mutations
    }
    std::printf("%zu inputs replayed, %lld mutated inputs in %.0f s: no failure\n", replayed, runs, seconds);
    return 0;
}
