package org.kefu.service;

import org.kefu.model.service.Channel;
import org.kefu.model.service.Priority;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;

/** The Chinese names of the service process's enumerations, as agents and customers read them. */
public final class ServiceLabels {

	private ServiceLabels() {
	}

	public static String status(TicketStatus s) {
		return switch (s) {
		case NEW -> "新建";
		case ASSIGNED -> "待受理";
		case IN_PROGRESS -> "处理中";
		case RETURNED -> "已退回";
		case RESOLVED -> "已解决";
		case CLOSED -> "已办结";
		};
	}

	public static String action(TicketAction a) {
		return switch (a) {
		case CREATE -> "创建";
		case ASSIGN -> "派单";
		case ACCEPT -> "受理";
		case TRANSFER -> "转派";
		case RETURN -> "退回";
		case ESCALATE -> "升级";
		case COMMENT -> "备注";
		case RESOLVE -> "解决";
		case CLOSE -> "办结";
		case REOPEN -> "重新打开";
		case MERGE -> "合并";
		};
	}

	public static String channel(Channel c) {
		return switch (c) {
		case PHONE -> "电话";
		case WEBCHAT -> "网页在线";
		case EMAIL -> "电子邮件";
		case SMS -> "短信";
		case WECHAT -> "微信";
		case APP -> "手机应用";
		case COUNTER -> "营业厅";
		};
	}

	public static String priority(Priority p) {
		return switch (p) {
		case LOW -> "低";
		case NORMAL -> "普通";
		case HIGH -> "高";
		case URGENT -> "紧急";
		};
	}
}
