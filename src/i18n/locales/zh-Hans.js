
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `拨打`,
'banner.facebook': `{org} 的 Facebook 主页`,
'banner.heading': `联系 {org}`,
'banner.join': `加入 {org}`,
'banner.links': `联系我们的方式`,
'banner.text': `对 MMN 有疑问？可以通过电话或网上联系 {org}。`,
'common.disclaimer': `这些信息不能代替医生的建议。`,
'common.lastReviewed': `最后审核日期`,
'common.source': `{publisher}：“{title}”，患者信息页（英文）`,
'common.sources': `信息来源`,
'overview.closing': `如果您有这些症状，请咨询您的医生。`,
'overview.course.heading': `MMN 会怎样随时间变化？`,
'overview.course.rare': `MMN 很罕见。`,
'overview.course.slow': `病情加重得很慢。`,
'overview.course.stronger': `有些人经过治疗，肌肉变得更有力了。`,
'overview.course.treatable': `可以治疗，但不能治愈。`,
'overview.diagram.caption': `健康的神经，以及髓鞘受损的神经`,
'overview.diagram.damaged': `受损的髓鞘`,
'overview.diagram.damaged.desc': `神经的保护膜（髓鞘）受损了。有些部分断裂、变薄或缺失，所以神经有些地方露了出来。`,
'overview.diagram.healthy': `健康的髓鞘`,
'overview.diagram.healthy.desc': `神经外面包着保护膜（髓鞘）。保护膜是完整的，沿着神经均匀地分成一段一段。`,
'overview.heading': `什么是 MMN？`,
'overview.intro.immune': `运动神经是指挥肌肉活动的神经。患 MMN 时，身体的防御系统（免疫系统）会错误地攻击许多这样的神经。`,
'overview.intro.name': `MMN 是多灶性运动神经病的英文简称。它是一种罕见的神经疾病。`,
'overview.intro.weakness': `这会让肌肉变得无力。无力可能会随着时间加重。`,
'overview.myelin.coating': `神经把信息传给肌肉。神经外面包着一层保护膜，这层膜叫做髓鞘。它帮助信息正确、快速地传递。`,
'overview.myelin.damage': `专家认为，患 MMN 时，免疫系统会损伤这层保护膜。保护膜被破坏，叫做脱髓鞘。这时神经就可能受损。`,
'overview.myelin.heading': `MMN 怎样损伤神经？`,
'overview.myelin.messages': `当传给肌肉的信息被阻断时，肌肉就可能变得无力。`,
'overview.signs.cramps': `肌肉抽筋`,
'overview.signs.heading': `有哪些症状？`,
'overview.signs.spasms': `肌肉痉挛，也就是肌肉自己收紧`,
'overview.signs.weakness': `肌肉无力`,
'overview.where.arms': `手和前臂受到的影响比腿更大。`,
'overview.where.feeling': `不会让人失去感觉（皮肤不会发麻）。`,
'overview.where.heading': `从哪里开始？`,
'overview.where.side': `常常只影响身体的一侧。`,
'overview.where.start': `常常从一根手指、拇指、手腕或一条腿开始。`,
'vsAls.compression.heading': `MMN 还可能被误认为什么？`,
'vsAls.compression.text': `有些人的 MMN 会被误认为是神经受压（神经压迫）。例如腕管综合征。`,
'vsAls.diagnosis.doctor': `请和您的医生谈谈您的任何症状。`,
'vsAls.diagnosis.heading': `为什么正确诊断很重要？`,
'vsAls.diagnosis.text': `诊断是医生对引起您症状的原因作出的判断。正确诊断 MMN，能帮助您得到正确的治疗。`,
'vsAls.heading': `MMN 为什么有时会被误认为 ALS？`,
'vsAls.intro.als': `其中一种是 ALS。ALS 是肌萎缩侧索硬化的英文简称。MMN 和 ALS 都可能出现肌肉无力、抽筋和痉挛。但两者不是同一种病。`,
'vsAls.intro.similar': `MMN 很罕见。它的症状可能与其他影响手臂和腿的神经疾病有些相似。`,
'vsAls.table.als': `ALS`,
'vsAls.table.breathing': `使呼吸用的肌肉无力`,
'vsAls.table.breathing.als': `是`,
'vsAls.table.breathing.mmn': `否`,
'vsAls.table.caption': `MMN 与 ALS 的比较`,
'vsAls.table.mmn': `MMN`,
'vsAls.table.rowHeader': `情况`,
'vsAls.table.speed': `加重的速度`,
'vsAls.table.speed.als': `快`,
'vsAls.table.speed.mmn': `慢`,
'vsAls.table.symptoms': `肌肉无力、抽筋和痉挛`,
'vsAls.table.symptoms.als': `是，可能出现`,
'vsAls.table.symptoms.mmn': `是，可能出现`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"2026年11月25日"};
