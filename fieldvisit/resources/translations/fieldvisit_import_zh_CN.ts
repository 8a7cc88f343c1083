<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CancellableRun</name>
    <message>
        <location filename="../../fieldvisit/ui/cancellable_run.py" line="108" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/cancellable_run.py" line="138" />
        <source>Cancelling… nothing will be saved.</source>
        <translation>正在取消……不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="52" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="53" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="54" />
        <source>CSV, GBK for Chinese Excel (*.csv)</source>
        <translation>CSV，GBK 编码，适用于中文版 Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="55" />
        <source>Export accounts</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="56" />
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="71" />
        <source>Exporting accounts…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="79" />
        <source>{accounts} accounts with {people} stakeholders were saved to {path}.</source>
        <translation>已将 {accounts} 个客户及 {people} 位联系人保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="104" />
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="105" />
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="110" />
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="119" />
        <source>Exporting contacts…</source>
        <translation>正在导出联系人…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="127" />
        <source>{count} contacts were saved to {path}.</source>
        <translation>已将 {count} 位联系人保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="81" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="170" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="191" />
        <source>Import accounts</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="84" />
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="86" />
        <source>Choose an Excel workbook (.xlsx) or a CSV file</source>
        <translation>请选择 Excel 工作簿 (.xlsx) 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="87" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="89" />
        <source>Worksheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="92" />
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="99" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="103" />
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="106" />
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="111" />
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="116" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="119" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="311" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="125" />
        <source>Import steps</source>
        <translation>导入步骤</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="126" />
        <source>1. Columns</source>
        <translation>1. 列对应</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="127" />
        <source>2. Preview</source>
        <translation>2. 预览</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="128" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="414" />
        <source>3. Problems</source>
        <translation>3. 问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="131" />
        <source>&amp;Skip bad rows and import the others</source>
        <translation>跳过有问题的行，导入其余行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="139" />
        <source>Existing accounts are found by their ID column, else by name and city, and updated; stakeholders by name or mobile. Empty cells never erase data. Nothing is written unless every row can be imported.</source>
        <translation>已有客户按客户ID列匹配，没有ID时按名称和城市匹配并更新；联系人按姓名或手机匹配。空单元格不会清除已有数据。只要有一行不能导入，就不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="144" />
        <source>C&amp;heck (dry run)</source>
        <translation>检查(试运行)(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="145" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="146" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="170" />
        <source>Importing accounts…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="193" />
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="204" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="233" />
        <source>{rows} rows below the header</source>
        <translation>表头下共 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="235" />
        <source>read as {encoding}</source>
        <translation>按 {encoding} 编码读取</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="259" />
        <source>(no header)</source>
        <translation>(无表头)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="269" />
        <source>Import column {name} as</source>
        <translation>将列 {name} 导入为</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="271" />
        <source>(do not import)</source>
        <translation>(不导入)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="296" />
        <source>No column is mapped to the account name. Choose which column holds it under “Import as”.</source>
        <translation>没有列对应到客户名称。请在“导入为”中指定哪一列是客户名称。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="299" />
        <source>A field is chosen for more than one column; keep one.</source>
        <translation>同一字段对应了多列，请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="346" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="346" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
            <source>%n problem(s) found; nothing was imported. Correct the file, or tick “Skip bad rows” to import the other rows.</source>
            <translation>
                <numerusform>发现 %n 个问题，未导入任何数据。请修改文件，或勾选“跳过有问题的行”以导入其余行。</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="379" />
        <source>Accounts: {created} new, {updated} updated, {unchanged} unchanged. Stakeholders: {people_created} new, {people_updated} updated, {people_unchanged} unchanged. Rows skipped: {skipped}.</source>
        <translation>客户：新增 {created}，更新 {updated}，未变 {unchanged}。联系人：新增 {people_created}，更新 {people_updated}，未变 {people_unchanged}。跳过的行：{skipped}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="392" />
        <source>Check passed; nothing was written yet.</source>
        <translation>检查通过，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="393" />
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="399" />
        <source>The import failed; nothing was saved.</source>
        <translation>导入失败，未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="405" />
        <source>Import cancelled; the database is unchanged.</source>
        <translation>已取消导入，数据库保持不变。</translation>
    </message>
    <message numerus="yes">
            <source>%n new stakeholder(s) share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>
                <numerusform>%n 位新联系人与另一姓名的联系人手机号相同（第 {rows} 行），已分别保存。如是同一人，请在客户卡片中合并。</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>ImportVCardDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="50" />
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="104" />
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="52" />
        <source>vCard file</source>
        <translation>vCard 文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="54" />
        <source>Choose a .vcf file exported from a phone</source>
        <translation>请选择从手机导出的 .vcf 文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="55" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="57" />
        <source>Contacts in the file</source>
        <translation>文件中的联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="60" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="66" />
        <source>Also import &amp;birthdays (personal profile)</source>
        <translation>同时导入生日(个人档案)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="71" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="74" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="77" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="92" />
        <source>People already on the card are matched by name or mobile and updated; the others are added.</source>
        <translation>客户卡上已有的联系人按姓名或手机匹配并更新，其余的新增。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="106" />
        <source>vCard (*.vcf);;All files (*)</source>
        <translation>vCard (*.vcf);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
            <source>%n contact(s) found.</source>
            <translation>
                <numerusform>找到 %n 位联系人。</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="151" />
        <source>{created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>新增 {created}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="155" />
        <source>Skipped: {issues}</source>
        <translation>已跳过：{issues}</translation>
    </message>
    <message numerus="yes">
            <source>%n new stakeholder(s) share a mobile with someone of another name (cards at lines {lines}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>
                <numerusform>%n 位新联系人与另一姓名的联系人手机号相同（第 {lines} 行开始的名片），已分别保存。如是同一人，请在客户卡片中合并。</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>TransferRun</name>
    </context>
</TS>
