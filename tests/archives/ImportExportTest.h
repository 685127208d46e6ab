#pragma once
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/services/ImportService.h"
#include "core/Csv.h"
#include "core/TextCodec.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"
#include "seed/Names.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
// A DMS export as Excel saves it in China: GB18030, Chinese headers, CRLF, quoted amounts, bad rows.
// One line of the file per source line, with what the row tests on the right.
// clang-format off
const QString kDms =
    u"姓名,性别,手机号码,城市,客户来源,车架号,车牌号,车型,交车日期,进厂日期,维修类型,进厂里程,服务顾问,结算金额\r\n"
    "张伟明,男,138 1234 5678,广州,展厅,LFVAB15A9PA040001,粤A12345,速腾,2023/3/5,2024年3月5日,首保,5012,陈刚,\"1,280.00\"\r\n"   // 2 new
    "张伟明,男,13812345678,广州,展厅,LFVAB15A9PA040001,粤A12345,速腾,2023/3/5,2025-03-20,常规保养,15000,刘洋,980\r\n"        // 3 same customer: a visit
    "李娜,女,1391234567,佛山,汽车之家,,,,,,,,,\r\n"                                                                              // 4 bad mobile
    "王强,男,13700001111,广州,转介绍,LFVAB15A1PA040002,粤A88888,迈腾,2022-06-01,,,,,\r\n"                                         // 5 bad VIN check digit
    "赵敏,女,18600002222,深圳,车展,1M8GDM9AXKP042788,粤AX1234,探岳,2021-05-05,,,,,\r\n"                                           // 6 new
    "钱多多,男,15900003333,广州,朋友圈,1M8GDM9AXKP042788,粤AD12345,探岳,2021-05-05,2022-05-06,钣喷,22000,陈刚,4500\r\n"        // 7 conflict
    ",,,,,,,,,,,,,\r\n"                                                                                                           // 8 empty
    "孙悟空,男,13600004444,广州,展厅,,,,,2024-01-01,保养,,,300\r\n"                                                              // 9 visit without VIN
    "周杰,男,13500005555,广州,展厅,,,,,,,,,\r\n"                                                                                  // 10 new, no vehicle
    "吴静,女,13400006666,广州,展厅,LFVAB15A9PA040003,粤A66666,宝来,2024-13-01,,,,,\r\n"_s;                                         // 11 bad date
// clang-format on
} // namespace

class ImportExportTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QByteArray gb = TextCodec::encode(kDms, TextCodec::Encoding::Gb18030);
        QFile f(m_dir.filePath(u"dms.csv"_s));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(gb);
    }
    QString file() const { return m_dir.filePath(u"dms.csv"_s); }
    Result<ImportResult> runImport(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                   const ImportService::Progress &p = {})
    {
        auto table = ImportService::readFile(path);
        if (!table)
            return table.error();
        return ImportService(ctx()).importCustomers(m_archivist, *table, ImportService::guessMapping(table->headers),
                                                    u"dms.csv"_s, p, cancel);
    }
    Session m_archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
    QTemporaryDir m_dir;
};
