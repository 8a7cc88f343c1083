<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardOpener</name>
    </context>
<context>
    <name>ClosePromiseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="139" />
        <source>Close a promise</source>
        <translation>关闭承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="141" />
        <source>&amp;Kept</source>
        <translation>已兑现(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="142" />
        <source>C&amp;ancelled</source>
        <translation>已取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="144" />
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="146" />
        <source>How it was kept, or why it was cancelled</source>
        <translation>如何兑现的，或为何取消</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="151" />
        <source>Close promise</source>
        <translation>关闭承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="164" />
        <source>&amp;Note (required):</source>
        <translation>说明（必填）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="177" />
        <source>Write how the promise was kept, or why it was cancelled.</source>
        <translation>请写明承诺是如何兑现的，或为何取消。</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="87" />
        <source>Store and account checks (optional)</source>
        <translation>门店与账务检查（选填）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="90" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="120" />
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="122" />
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="127" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="131" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="133" />
        <source>e.g. pharmacy department, 3rd floor</source>
        <translation>例如：三楼药剂科</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="136" />
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="137" />
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="138" />
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="143" />
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="145" />
        <source>Stakeholders met</source>
        <translation>会见的联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="147" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="150" />
        <source>Stakeholders met:</source>
        <translation>会见的联系人：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="151" />
        <source>Our people:</source>
        <translation>我方人员：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="159" />
        <source>This account has no active stakeholders yet; add them on the customer card.</source>
        <translation>该客户还没有在职联系人，请先在客户资料卡中添加。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="166" />
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="167" />
        <source>Sales objectives win volume; administrative ones keep the business healthy.</source>
        <translation>销售目标带来销量，管理目标保障业务健康。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="173" />
        <source>Sales objectives:</source>
        <translation>销售目标：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="174" />
        <source>Administrative objectives:</source>
        <translation>管理目标：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="175" />
        <source>Purposes:</source>
        <translation>拜访目的：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="180" />
        <source>Objective notes</source>
        <translation>目标说明</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="181" />
        <source>Notes on the objectives:</source>
        <translation>目标说明：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="185" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="186" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="185" />
        <source>What was said or done, in detail.</source>
        <translation>详细记录谈话或活动的内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="191" />
        <source>Reflection — must be written</source>
        <translation>总结 — 必须填写</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="192" />
        <source>A record is complete only when all three fields marked * are written.</source>
        <translation>标有 * 的三项全部填写后，记录才能完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="194" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="198" />
        <source>Successes</source>
        <translation>成功之处</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="195" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="199" />
        <source>Shortcomings</source>
        <translation>不足之处</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="196" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="200" />
        <source>Lessons</source>
        <translation>经验/教训</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="208" />
        <source>Required to complete the record</source>
        <translation>完成记录时必填</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="215" />
        <source>New agreements</source>
        <translation>新的约定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="217" />
        <source>Each agreement becomes a promise tracked until it is kept. Promise carefully, deliver always.</source>
        <translation>每条约定都会成为一项承诺，跟踪到兑现为止。慎重承诺，言出必行。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="230" />
        <source>New plan</source>
        <translation>新的计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="231" />
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="232" />
        <source>Next &amp;visit on:</source>
        <translation>下次拜访(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="233" />
        <source>Next visit date</source>
        <translation>下次拜访日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="243" />
        <source>Special notes</source>
        <translation>特别说明</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="244" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="245" />
        <source>Next steps:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="249" />
        <source>Special notes:</source>
        <translation>特别说明：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="251" />
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="267" />
        <source>(former stakeholder)</source>
        <translation>（已离任联系人）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="293" />
        <source>Agreements noted as text: {}</source>
        <translation>文字记录的约定：{}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="35" />
        <source>New contact record</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="38" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="54" />
        <source>Write record</source>
        <translation>写记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="57" />
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="63" />
        <source>Write the record right after the contact.</source>
        <translation>联系后请立即填写记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="1" />
        <source>Type part of the account's name, its pinyin or initials</source>
        <translation>输入客户名称的一部分、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="1" />
        <source>Choose one account from the list (type more of its name).</source>
        <translation>请从列表中选择一个客户（可多输入几个字）。</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="130" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="133" />
        <source>Add &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="134" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="135" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="149" />
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="175" />
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="177" />
        <source>Images ({})</source>
        <translation>图片 ({})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="190" />
        <source>{file} is larger than {limit} MB; choose a smaller picture.</source>
        <translation>{file} 超过 {limit} MB，请选择较小的图片。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="198" />
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="237" />
        <source>The photo could not be opened: {}</source>
        <translation>无法打开照片：{}</translation>
    </message>
</context>
<context>
    <name>PromiseModel</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="65" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="66" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="67" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="68" />
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="69" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="70" />
        <source>Stakeholder</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="102" />
        <source>Not overdue</source>
        <translation>未逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="103" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseTable</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="60" />
        <source>New agreements</source>
        <translation>新的约定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="63" />
        <source>What was agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="64" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="140" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="65" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="145" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="66" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="148" />
        <source>Stakeholder</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="80" />
        <source>&amp;Add agreement</source>
        <translation>添加约定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="82" />
        <source>Remove agreement</source>
        <translation>删除约定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="137" />
        <source>Agreement {} — what was agreed</source>
        <translation>约定 {} — 约定内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="139" />
        <source>e.g. send the clinical papers</source>
        <translation>例如：送临床文献</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="141" />
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="149" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="154" />
        <source>(no longer at the account)</source>
        <translation>（已不在该客户）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="188" />
        <source>New</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="208" />
        <source>Show promises</source>
        <translation>显示承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="209" />
        <source>My open promises</source>
        <translation>我的未完成承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="210" />
        <source>Everyone's open promises</source>
        <translation>全部未完成承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="211" />
        <source>Overdue only (everyone)</source>
        <translation>仅逾期（全部）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="214" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="220" />
        <source>Open promises</source>
        <translation>未完成承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="234" />
        <source>Close promise…</source>
        <translation>关闭承诺…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="235" />
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="236" />
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="242" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="259" />
        <source>Promise carefully, deliver always: close each one with a note.</source>
        <translation>慎重承诺，言出必行：每项承诺关闭时都要写说明。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="281" />
        <source>The first {} open promises by due date</source>
        <translation>按到期日排列的前 {} 项未完成承诺</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="285" />
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n 项未完成承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="286" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>%n comment(s) below</source>
        <translation>
            <numerusform>下方有 %n 条评语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="77" />
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="80" />
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="81" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="82" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="84" />
        <source>Save the record first, then print it.</source>
        <translation>请先保存记录再打印。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="85" />
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="258" />
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="87" />
        <source>Keep what is written; finish it within two days of the contact.</source>
        <translation>保存已写内容；请在联系后两天内完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="89" />
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="260" />
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="92" />
        <source>Save and mark complete: successes, shortcomings and lessons are needed.</source>
        <translation>保存并标记为完成：须填写成功之处、不足之处和经验/教训。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="94" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="155" />
        <source>Please correct the marked field.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="162" />
        <source>Agreement {} has no description: describe it or remove it.</source>
        <translation>约定 {} 没有内容：请填写或删除。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="169" />
        <source>The next visit cannot be before this contact.</source>
        <translation>下次拜访不能早于本次联系。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="173" />
        <source>Write the successes of this contact to complete it.</source>
        <translation>请填写本次联系的成功之处，才能完成记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="174" />
        <source>Write the shortcomings of this contact to complete it.</source>
        <translation>请填写本次联系的不足之处，才能完成记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="175" />
        <source>Write the lessons learnt to complete the record.</source>
        <translation>请填写经验/教训，才能完成记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="183" />
        <source>The record is not saved yet: %n field(s) need attention.</source>
        <translation>
            <numerusform>记录尚未保存：有 %n 个字段需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="210" />
        <source>Enter an amount in yuan, e.g. 12345.60.</source>
        <translation>请输入以元为单位的金额，例如 12345.60。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="245" />
        <source>New contact record — {name}</source>
        <translation>新建联系记录 — {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="247" />
        <source>Contact record — {name}</source>
        <translation>联系记录 — {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="251" />
        <source>New record, not saved yet</source>
        <translation>新记录，尚未保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="253" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="255" />
        <source>Draft — complete it within two days of the contact</source>
        <translation>草稿 — 请在联系后两天内完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="258" />
        <source>Save as &amp;draft</source>
        <translation>改存为草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="260" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="267" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="269" />
        <source>This contact record has changes that are not saved. Save them as a draft?</source>
        <translation>这份联系记录有未保存的更改。要保存为草稿吗？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="310" />
        <source>Save the record first; the printout shows what is saved.</source>
        <translation>请先保存记录；打印内容以已保存的为准。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="55" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="56" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="57" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="58" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="59" />
        <source>Author</source>
        <translation>填写人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="60" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="91" />
        <source>Draft — over two days old</source>
        <translation>草稿 — 已超过两天</translation>
    </message>
</context>
<context>
    <name>RecordsList</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="184" />
        <source>Whose records</source>
        <translation>谁的记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="185" />
        <source>My records</source>
        <translation>我的记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="186" />
        <source>Everyone's records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="187" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="188" />
        <source>Any month</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="189" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="190" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="193" />
        <source>Account or place</source>
        <translation>客户或地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="194" />
        <source>Account or place…</source>
        <translation>客户或地点…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="205" />
        <source>Contact records</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="217" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/records_list.py" line="266" />
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>显示 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Send the day's report (a rep), or read your reps' reports (a manager)</source>
        <translation>发送当天的日报（销售代表），或阅读下属的日报（经理）</translation>
    </message>
    <message>
        <source>Da&amp;y report…</source>
        <translation>日报(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="34" />
        <source>Contact records</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="40" />
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="43" />
        <source>&amp;Summary report…</source>
        <translation>总结报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="45" />
        <source>Weekly, monthly or yearly customer management summary, pre-filled</source>
        <translation>周、月或年度客户管理总结报告，自动预填</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="56" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="57" />
        <source>Open promises</source>
        <translation>未完成承诺</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="142" />
        <source>Write up the oldest</source>
        <translation>补写最早的一份</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/records_list.py" line="156" />
        <source>%n draft(s) older than two days — contact records are due within two days of the contact.</source>
        <translation>
            <numerusform>%n 份草稿已超过两天 — 联系记录应在联系后两天内完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="57" />
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="59" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="63" />
        <source>Account history</source>
        <translation>客户往来记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="89" />
        <source>Double-click a contact record or a promise to open its record.</source>
        <translation>双击联系记录或承诺可打开对应的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="117" />
        <source>%n contact record(s)</source>
        <translation>
            <numerusform>%n 条联系记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="119" />
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n 项逾期承诺</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="128" />
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="131" />
        <source>Promise made</source>
        <translation>作出承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="132" />
        <source>Promise due</source>
        <translation>承诺到期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="133" />
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="134" />
        <source>Promise cancelled</source>
        <translation>承诺已取消</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="135" />
        <source>Co-visit call</source>
        <translation>协同拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="139" />
        <source>Promise overdue</source>
        <translation>承诺逾期</translation>
    </message>
</context>
<context>
    <name>VisitCheckSection</name>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="55" />
        <source>Our prices (vs other customers, over time):</source>
        <translation>我方价格（与其他客户及历史对比）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="56" />
        <source>Competitor prices:</source>
        <translation>竞品价格：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="57" />
        <source>Stock of our products:</source>
        <translation>我方产品库存：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="58" />
        <source>What sells:</source>
        <translation>动销情况：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="59" />
        <source>Promotion and after-sales compliance:</source>
        <translation>促销与售后执行：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="60" />
        <source>Shelf display:</source>
        <translation>陈列情况：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="61" />
        <source>Draft order:</source>
        <translation>建议订单：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="62" />
        <source>Credit limit (yuan):</source>
        <translation>铺底额度（元）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="63" />
        <source>Paid (yuan):</source>
        <translation>已付（元）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="64" />
        <source>Unpaid (yuan):</source>
        <translation>未付（元）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="65" />
        <source>Receivable (yuan):</source>
        <translation>应收（元）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="113" />
        <source>Enter an amount in yuan, e.g. 12345.60 (no letters, not negative).</source>
        <translation>请输入以元为单位的金额，例如 12345.60（不含字母，不能为负数）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Da&amp;y report…</source>
        <translation>日报(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>New comment</source>
        <translation>新评语</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>写评语…</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>评语（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加评语(&amp;C)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>暂无评语。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>Day report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Records (%n)</source>
        <translation>
            <numerusform>联系记录（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises made (%n)</source>
        <translation>
            <numerusform>新承诺（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises kept (%n)</source>
        <translation>
            <numerusform>已兑现承诺（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned visits not made (%n)</source>
        <translation>
            <numerusform>未完成的计划拜访（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>not made</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <source>due {}</source>
        <translation>{} 到期</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Day report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Why planned visits were not made</source>
        <translation>计划拜访未完成的原因</translation>
    </message>
    <message>
        <source>e.g. the customer was away; moved to Thursday</source>
        <translation>例如：客户外出，改约周四</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>尚未发送。</translation>
    </message>
    <message>
        <source>&amp;Send day report</source>
        <translation>发送日报(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <source>{sent} of {total} reps sent a report.</source>
        <translation>{total} 位代表中 {sent} 位已发送日报。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ({completed} completed) · {made} promise(s) made · {kept} kept · {missed} planned visit(s) not made</source>
        <translation>
            <numerusform>%n 条记录（{completed} 条已完成）· 新承诺 {made} 项 · 兑现 {kept} 项 · 未完成计划拜访 {missed} 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reps' reports of the day as they sent them. Choose a rep to read the report and comment on it.</source>
        <translation>下属代表发送的当天日报（按发送时的内容）。选择一位代表即可阅读日报并写评语。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Late drafts</source>
        <translation>逾期草稿</translation>
    </message>
    <message>
        <source>What the day report will say: the day's records, promises made and kept, and the planned visits not made, each with a reason.</source>
        <translation>日报将包含：当天的联系记录、新承诺与已兑现的承诺，以及未完成的计划拜访（每项需注明原因）。</translation>
    </message>
    <message>
        <source>{sent} sent, {missing} not sent</source>
        <translation>已发送 {sent} 份，未发送 {missing} 份</translation>
    </message>
    <message>
        <source>Reason: {}</source>
        <translation>原因：{}</translation>
    </message>
    <message>
        <source>Sent {}. Sending again replaces it.</source>
        <translation>已于 {} 发送。重新发送将替换之前的日报。</translation>
    </message>
    <message>
        <source>This rep has not sent one.</source>
        <translation>该代表尚未发送日报。</translation>
    </message>
</context>
</TS>
