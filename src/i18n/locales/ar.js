
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `اتصل بالرقم`,
'banner.facebook': `{org} على فيسبوك`,
'banner.heading': `تحدّث إلى {org}`,
'banner.join': `انضم إلى {org}`,
'banner.links': `طرق التواصل معنا`,
'banner.text': `هل لديك أسئلة عن MMN؟ تواصل مع {org} عبر الهاتف أو الإنترنت.`,
'common.disclaimer': `هذه المعلومات لا تغني عن نصيحة طبيبك.`,
'common.lastReviewed': `آخر مراجعة`,
'common.source': `{publisher}: «{title}»، صفحة للمرضى (باللغة الإنجليزية)`,
'common.sources': `مصدر هذه المعلومات`,
'overview.closing': `إذا كانت لديك أعراض كهذه، فتحدّث إلى طبيبك.`,
'overview.course.heading': `كيف يتغير MMN مع مرور الوقت؟`,
'overview.course.rare': `MMN مرض نادر.`,
'overview.course.slow': `يزداد سوءًا ببطء.`,
'overview.course.stronger': `لدى بعض الأشخاص، جعل العلاج عضلاتهم أقوى.`,
'overview.course.treatable': `يمكن علاجه، لكن لا يمكن الشفاء منه.`,
'overview.diagram.caption': `عصب سليم، وعصب تضرر الميالين فيه`,
'overview.diagram.damaged': `ميالين متضرر`,
'overview.diagram.damaged.desc': `عصب تضررت طبقته (الميالين). بعض القطع مكسورة أو رقيقة أو مفقودة، فتظهر أجزاء من العصب مكشوفة.`,
'overview.diagram.healthy': `ميالين سليم`,
'overview.diagram.healthy.desc': `عصب ملفوف بطبقته (الميالين). الطبقة كاملة، في قطع متساوية على طول العصب.`,
'overview.heading': `ما هو MMN؟`,
'overview.intro.immune': `الأعصاب الحركية هي الأعصاب التي تأمر عضلاتك بالحركة. في MMN، يهاجم نظام الدفاع في الجسم (الجهاز المناعي) كثيرًا من هذه الأعصاب عن طريق الخطأ.`,
'overview.intro.name': `MMN اختصار لـ«الاعتلال العصبي الحركي متعدد البؤر». وهو مرض نادر يصيب الأعصاب.`,
'overview.intro.weakness': `وهذا يجعل العضلات ضعيفة. وقد يزداد الضعف سوءًا مع مرور الوقت.`,
'overview.myelin.coating': `تنقل الأعصاب الرسائل إلى عضلاتك. وتلتف حول الأعصاب طبقة تحميها. تُسمى هذه الطبقة الميالين. وهي تساعد الرسائل على الانتقال بالشكل الصحيح وبسرعة.`,
'overview.myelin.damage': `يعتقد الخبراء أن الجهاز المناعي في MMN يضر بهذه الطبقة. وعندما تتلف الطبقة، يُسمى ذلك زوال الميالين. وعندها قد يتضرر العصب.`,
'overview.myelin.heading': `كيف يضر MMN بالأعصاب؟`,
'overview.myelin.messages': `عندما تنقطع الرسائل المتجهة إلى العضلات، قد تضعف العضلات.`,
'overview.signs.cramps': `تقلصات العضلات`,
'overview.signs.heading': `ما هي الأعراض؟`,
'overview.signs.spasms': `تشنجات العضلات، أي عندما تنقبض العضلة من تلقاء نفسها`,
'overview.signs.weakness': `ضعف العضلات`,
'overview.where.arms': `يُضعف اليدين والساعدين أكثر من الساقين.`,
'overview.where.feeling': `لا يسبب فقدان الإحساس (لا يجعل الجلد مخدَّرًا).`,
'overview.where.heading': `أين يبدأ؟`,
'overview.where.side': `غالبًا ما يصيب جانبًا واحدًا فقط من الجسم.`,
'overview.where.start': `غالبًا ما يبدأ في أحد أصابع اليد أو الإبهام أو الرسغ أو إحدى الساقين.`,
'vsAls.compression.heading': `بماذا قد يُخلط MMN أيضًا؟`,
'vsAls.compression.text': `لدى بعض الأشخاص، يُظن خطأً أن MMN عصبٌ مضغوط (انضغاط العصب). ومن الأمثلة على ذلك متلازمة النفق الرسغي.`,
'vsAls.diagnosis.doctor': `تحدّث إلى طبيبك عن أي أعراض لديك.`,
'vsAls.diagnosis.heading': `لماذا يهم التشخيص الصحيح؟`,
'vsAls.diagnosis.text': `التشخيص هو ما يتوصل إليه الطبيب بشأن سبب أعراضك. والتشخيص الصحيح لـMMN يساعدك على الحصول على العلاج المناسب له.`,
'vsAls.heading': `لماذا يُخلط أحيانًا بين MMN وALS؟`,
'vsAls.intro.als': `أحد هذه الأمراض هو ALS. وALS اختصار لـ«التصلب الجانبي الضموري». قد يحدث ضعف العضلات والتقلصات والتشنجات في MMN وفي ALS كليهما. لكنهما ليسا المرض نفسه.`,
'vsAls.intro.similar': `MMN مرض نادر. قد تشبه أعراضه قليلًا أعراض أمراض عصبية أخرى تصيب الذراعين والساقين.`,
'vsAls.table.als': `ALS`,
'vsAls.table.breathing': `يُضعف العضلات التي تستخدمها في التنفس`,
'vsAls.table.breathing.als': `نعم`,
'vsAls.table.breathing.mmn': `لا`,
'vsAls.table.caption': `مقارنة بين MMN وALS`,
'vsAls.table.mmn': `MMN`,
'vsAls.table.rowHeader': `ما يحدث`,
'vsAls.table.speed': `سرعة تفاقم المرض`,
'vsAls.table.speed.als': `بسرعة`,
'vsAls.table.speed.mmn': `ببطء`,
'vsAls.table.symptoms': `ضعف العضلات والتقلصات والتشنجات`,
'vsAls.table.symptoms.als': `نعم، قد تحدث`,
'vsAls.table.symptoms.mmn': `نعم، قد تحدث`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"25 نوفمبر 2026"};
