<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>clearroom::ui::FileView</name>
    <message numerus="yes">
        <source>%1 is a binary file of %2 (%n byte(s)); it is not shown as text.</source>
        <translation><numerusform>%1 is a binary file of %2 (%n byte); it is not shown as text.</numerusform><numerusform>%1 is a binary file of %2 (%n bytes); it is not shown as text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
</TS>