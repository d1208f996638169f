
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `Anrufen:`,
'banner.facebook': `{org} auf Facebook`,
'banner.heading': `Sprechen Sie mit {org}`,
'banner.join': `{org} beitreten`,
'banner.links': `So erreichen Sie uns`,
'banner.text': `Fragen zu MMN? Erreichen Sie {org} per Telefon oder online.`,
'common.disclaimer': `Diese Informationen ersetzen nicht den Rat Ihrer Ärztin oder Ihres Arztes.`,
'common.lastReviewed': `Zuletzt geprüft`,
'common.source': `{publisher}: „{title}“, eine Seite für Patienten (auf Englisch)`,
'common.sources': `Woher diese Informationen stammen`,
'overview.closing': `Wenn Sie solche Anzeichen haben, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.`,
'overview.course.heading': `Wie verändert sich MMN mit der Zeit?`,
'overview.course.rare': `MMN ist selten.`,
'overview.course.slow': `Sie wird langsam schlimmer.`,
'overview.course.stronger': `Bei manchen Menschen sind die Muskeln durch die Behandlung stärker geworden.`,
'overview.course.treatable': `Sie ist behandelbar, aber nicht heilbar.`,
'overview.diagram.caption': `Ein gesunder Nerv und ein Nerv mit geschädigtem Myelin`,
'overview.diagram.damaged': `Geschädigtes Myelin`,
'overview.diagram.damaged.desc': `Ein Nerv, dessen Hülle (Myelin) geschädigt ist. Manche Stücke sind gebrochen, dünn oder fehlen, sodass Teile des Nervs frei liegen.`,
'overview.diagram.healthy': `Gesundes Myelin`,
'overview.diagram.healthy.desc': `Ein Nerv mit seiner Hülle (Myelin). Die Hülle ist ganz, in gleichmäßigen Stücken entlang des Nervs.`,
'overview.heading': `Was ist MMN?`,
'overview.intro.immune': `Motorische Nerven sind die Nerven, die Ihren Muskeln sagen, dass sie sich bewegen sollen. Bei MMN greift das Abwehrsystem des Körpers (das Immunsystem) viele dieser Nerven irrtümlich an.`,
'overview.intro.name': `MMN steht für multifokale motorische Neuropathie. Sie ist eine seltene Nervenkrankheit.`,
'overview.intro.weakness': `Dadurch werden die Muskeln schwach. Die Schwäche kann mit der Zeit zunehmen.`,
'overview.myelin.coating': `Nerven bringen Botschaften zu Ihren Muskeln. Eine Hülle umgibt die Nerven und schützt sie. Diese Hülle heißt Myelin. Sie sorgt dafür, dass Botschaften richtig und schnell ankommen.`,
'overview.myelin.damage': `Fachleute nehmen an, dass bei MMN das Immunsystem diese Hülle schädigt. Wenn die Hülle abgebaut wird, nennt man das Demyelinisierung. Dann kann der Nerv Schaden nehmen.`,
'overview.myelin.heading': `Wie schadet MMN den Nerven?`,
'overview.myelin.messages': `Wenn Botschaften an die Muskeln unterbrochen werden, können die Muskeln schwach werden.`,
'overview.signs.cramps': `Muskelkrämpfe`,
'overview.signs.heading': `Was sind die Anzeichen?`,
'overview.signs.spasms': `Muskelspasmen: wenn sich ein Muskel von selbst anspannt`,
'overview.signs.weakness': `Schwache Muskeln`,
'overview.where.arms': `Sie schwächt die Hände und Unterarme mehr als die Beine.`,
'overview.where.feeling': `Sie führt nicht zu Gefühlsverlust (die Haut wird nicht taub).`,
'overview.where.heading': `Wo beginnt sie?`,
'overview.where.side': `Sie betrifft oft nur eine Körperseite.`,
'overview.where.start': `Sie beginnt oft in einem Finger, im Daumen, im Handgelenk oder in einem Bein.`,
'vsAls.compression.heading': `Womit kann MMN noch verwechselt werden?`,
'vsAls.compression.text': `Bei manchen Menschen wird MMN für einen eingeklemmten Nerv gehalten (Nervenkompression). Ein Beispiel ist das Karpaltunnelsyndrom.`,
'vsAls.diagnosis.doctor': `Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über alle Anzeichen, die Sie haben.`,
'vsAls.diagnosis.heading': `Warum ist die richtige Diagnose wichtig?`,
'vsAls.diagnosis.text': `Eine Diagnose ist das, was Ihre Ärztin oder Ihr Arzt als Ursache Ihrer Anzeichen feststellt. Die richtige Diagnose von MMN hilft Ihnen, die richtige Behandlung zu bekommen.`,
'vsAls.heading': `Warum wird MMN manchmal mit ALS verwechselt?`,
'vsAls.intro.als': `Eine davon ist ALS. ALS steht für amyotrophe Lateralsklerose. Schwache Muskeln, Krämpfe und Spasmen können bei MMN und bei ALS vorkommen. Aber die beiden sind nicht dasselbe.`,
'vsAls.intro.similar': `MMN ist selten. Ihre Anzeichen können denen anderer Nervenkrankheiten etwas ähneln, die Arme und Beine betreffen.`,
'vsAls.table.als': `ALS`,
'vsAls.table.breathing': `Schwächt die Muskeln, mit denen Sie atmen`,
'vsAls.table.breathing.als': `Ja`,
'vsAls.table.breathing.mmn': `Nein`,
'vsAls.table.caption': `MMN und ALS im Vergleich`,
'vsAls.table.mmn': `MMN`,
'vsAls.table.rowHeader': `Was passiert`,
'vsAls.table.speed': `Wie schnell sie schlimmer wird`,
'vsAls.table.speed.als': `Schnell`,
'vsAls.table.speed.mmn': `Langsam`,
'vsAls.table.symptoms': `Schwache Muskeln, Krämpfe und Spasmen`,
'vsAls.table.symptoms.als': `Ja, das kann vorkommen`,
'vsAls.table.symptoms.mmn': `Ja, das kann vorkommen`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"25. November 2026"};
