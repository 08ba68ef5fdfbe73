package org.kefu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import org.eclipse.emf.ecore.EObject;
import org.kefu.admin.AdminSeed;
import org.kefu.admin.PasswordHasher;
import org.kefu.model.admin.AdminFactory;
import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Enterprise;
import org.kefu.model.admin.EnterpriseKind;
import org.kefu.model.admin.OrgUnit;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Staff;
import org.kefu.model.service.Bill;
import org.kefu.model.service.BusinessCalendar;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.CustomerStatus;
import org.kefu.model.service.Direction;
import org.kefu.model.service.PointsTransaction;
import org.kefu.model.service.Priority;
import org.kefu.model.service.Product;
import org.kefu.model.service.ProductKind;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.SlaPolicy;
import org.kefu.model.service.Subscription;
import org.kefu.model.service.SubscriptionStatus;
import org.kefu.store.AggregateStore;
import org.kefu.store.Query;

/**
 * A realistic demo enterprise, the same on every run (fixed seed): 华信通信, a telecom operator with its org tree and
 * about 300 staff, two partner enterprises, products (话费, 宽带, 套餐…), customers with subscriptions, bills and
 * points, and a year of contact records.
 */
public final class DemoData {

	/** Every demo account's password. */
	public static final String PASSWORD = "Kefu@2026";
	/** Demo hashes are cheap to make; each is upgraded to the configured cost at its first login. */
	static final int DEMO_ITERATIONS = 1_000;
	static final String PARTNER_1 = "ent:yuanjing";
	static final String PARTNER_2 = "ent:lanhai";
	/** The two partner (outsourcing) enterprises of the demo operator. */
	public static final List<String> PARTNER_ENTERPRISES = List.of(PARTNER_1, PARTNER_2);
	public static final String CALENDAR = "cal:huaxin";
	/** 2026 public holidays (国务院办公厅通知), first and last day. */
	private static final String[] HOLIDAYS_2026 = { "2026-01-01/2026-01-03", "2026-02-15/2026-02-23", "2026-04-04/2026-04-06",
			"2026-05-01/2026-05-05", "2026-06-19/2026-06-21", "2026-09-25/2026-09-27", "2026-10-01/2026-10-07" };

	private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
	private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰志强海燕文婷雪梅晓东子涵浩然欣怡梓轩宇航诗涵一诺佳怡俊杰嘉怡思远雨欣博文"
			.split("");
	private static final String[] CITIES = { "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "重庆", "武汉", "西安", "长沙", "郑州",
			"济南", "沈阳", "天津", "苏州" };
	private static final String[] CATEGORIES = { "话费查询", "话费争议", "宽带故障", "宽带新装", "套餐变更", "积分兑换", "停复机", "携号转网",
			"投诉", "业务咨询", "流量包", "国际漫游", "发票", "实名认证", "光猫更换" };

	private final Random random = new Random(20261123L);
	private final AggregateStore store;
	private final DemoSize size;
	private final List<String> agentNos = new ArrayList<>();
	private final List<Product> products = new ArrayList<>();
	/** Contact records of the last weeks that were passed on as tickets ("转工单"). */
	private final List<ContactRecord> ticketSources = new ArrayList<>();

	public DemoData(AggregateStore store, DemoSize size) {
		this.store = store;
		this.size = size;
	}

	/** True when the store already holds the demo enterprise. */
	public static boolean present(AggregateStore store) {
		return store.get(AdminPackage.Literals.ENTERPRISE, PARTNER_1).isPresent();
	}

	/** Writes the whole demo enterprise; {@code progress} hears the number of aggregates written so far. */
	public void generate(IntConsumer progress) {
		AdminSeed.seedIfEmpty(store);
		AdminSeed.ensureAdministrator(store, "华信通信", "admin", PASSWORD.toCharArray(), DEMO_ITERATIONS);
		store.setActor("demo");
		organisation();
		products();
		serviceCalendar();
		customersAndContacts(progress);
		new DemoTickets(store, agentNos, ticketSources).generate();
	}

	/** The back office's business calendar (2026 public holidays and the weekends worked instead) and ticket SLAs. */
	private void serviceCalendar() {
		store.transaction(tx -> {
			BusinessCalendar c = ServiceFactory.eINSTANCE.createBusinessCalendar();
			c.setId(CALENDAR);
			c.setName("华信通信后台营业日历");
			c.setZone("Asia/Shanghai");
			c.setOpens("08:30");
			c.setCloses("20:30");
			c.getWeekdays().addAll(List.of(1, 2, 3, 4, 5, 6));
			for (String range : HOLIDAYS_2026) {
				String[] ft = range.split("/");
				for (LocalDate d = LocalDate.parse(ft[0]); !d.isAfter(LocalDate.parse(ft[1])); d = d.plusDays(1)) {
					c.getHolidays().add(d.toString());
				}
			}
			c.getWorkdays().addAll(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
			tx.put(c);
			Object[][] policies = { { "宽带故障", 30, 480 }, { "光猫更换", 60, 720 }, { "话费争议", 60, 1440 }, { "投诉", 30, 960 },
					{ "套餐变更", 120, 1440 }, { "停复机", 30, 240 }, { "携号转网", 240, 2880 }, { "发票", 240, 2880 } };
			for (Object[] p : policies) {
				SlaPolicy sla = ServiceFactory.eINSTANCE.createSlaPolicy();
				sla.setId("sla:" + p[0]);
				sla.setTicketType((String) p[0]);
				sla.setFirstResponseMinutes((Integer) p[1]);
				sla.setResolutionMinutes((Integer) p[2]);
				sla.setCalendarId(CALENDAR);
				tx.put(sla);
			}
			SlaPolicy urgent = ServiceFactory.eINSTANCE.createSlaPolicy();
			urgent.setId("sla:投诉:urgent");
			urgent.setTicketType("投诉");
			urgent.setPriority(Priority.URGENT);
			urgent.setFirstResponseMinutes(15);
			urgent.setResolutionMinutes(240);
			urgent.setCalendarId(CALENDAR);
			tx.put(urgent);
			return null;
		});
	}

	private void organisation() {
		store.transaction(tx -> {
			tx.put(enterprise(PARTNER_1, "远景外包呼叫中心", EnterpriseKind.PARTNER));
			tx.put(enterprise(PARTNER_2, "蓝海技术服务有限公司", EnterpriseKind.PARTNER));
			String own = AdminSeed.OWN_ENTERPRISE;
			OrgUnit hq = unit(tx, own, null, "HQ", "总部");
			OrgUnit centre = unit(tx, own, hq.getId(), "CC", "客户服务中心");
			staff(tx, "M0001", "陈建国", own, centre.getId(), "客服中心总经理", PostCategory.MANAGER, 8, "manager");
			int n = 1;
			for (String dept : new String[] { "呼入一部", "呼入二部", "外呼营销部" }) {
				OrgUnit d = unit(tx, own, centre.getId(), "CC" + n, dept);
				staff(tx, String.format("M%04d", n + 1), name(), own, d.getId(), dept + "经理", PostCategory.MANAGER, 6, "manager");
				for (int t = 1; t <= 5; t++) {
					OrgUnit team = unit(tx, own, d.getId(), "CC" + n + t, dept.substring(0, 2) + t + "组");
					staff(tx, String.format("L%04d", n * 10 + t), name(), own, team.getId(), "班组长", PostCategory.TEAM_LEAD, 4,
							"team_lead");
					for (int a = 1; a <= 12; a++) {
						String no = String.format("A%04d", (n - 1) * 60 + (t - 1) * 12 + a);
						staff(tx, no, no.equals("A0001") ? "李娜" : name(), own, team.getId(), "客服代表", PostCategory.AGENT,
								1 + random.nextInt(3), "agent");
						agentNos.add(no);
					}
				}
				n++;
			}
			OrgUnit complaints = unit(tx, own, centre.getId(), "CC9", "投诉处理部");
			for (int a = 1; a <= 8; a++) {
				staff(tx, String.format("C%04d", a), name(), own, complaints.getId(), "投诉专员", PostCategory.AGENT, 3, "agent");
			}
			OrgUnit knowledge = unit(tx, own, centre.getId(), "CCK", "知识管理部");
			for (int k = 1; k <= 6; k++) {
				staff(tx, String.format("K%04d", k), name(), own, knowledge.getId(), "知识管理员", PostCategory.KNOWLEDGE, 4,
						"knowledge_editor");
			}
			OrgUnit ops = unit(tx, own, hq.getId(), "OPS", "运营管理部");
			for (int m = 1; m <= 4; m++) {
				staff(tx, String.format("M%04d", 10 + m), name(), own, ops.getId(), "运营分析师", PostCategory.MANAGER, 5, "manager");
			}
			OrgUnit it = unit(tx, own, hq.getId(), "IT", "信息技术部");
			for (int s = 2; s <= 4; s++) {
				staff(tx, String.format("S%04d", s), name(), own, it.getId(), "系统管理员", PostCategory.ADMINISTRATOR, 5, "admin");
			}
			partner(tx, PARTNER_1, "YJ", "P1", 48);
			partner(tx, PARTNER_2, "LH", "P2", 24);
			return null;
		});
	}

	private void partner(AggregateStore.Transaction tx, String enterprise, String code, String prefix, int agents) {
		OrgUnit root = unit(tx, enterprise, null, code, enterprise.equals(PARTNER_1) ? "远景呼叫中心" : "蓝海服务部");
		OrgUnit kb = unit(tx, enterprise, root.getId(), code + "K", "知识组");
		staff(tx, prefix + "901", name(), enterprise, kb.getId(), "知识专员", PostCategory.KNOWLEDGE, 3, "partner_knowledge");
		for (int t = 1; t * 12 <= agents; t++) {
			OrgUnit team = unit(tx, enterprise, root.getId(), code + t, "外包" + t + "组");
			for (int a = 1; a <= 12; a++) {
				staff(tx, String.format("%s%03d", prefix, (t - 1) * 12 + a), name(), enterprise, team.getId(), "外包客服",
						PostCategory.AGENT, 1, "partner_agent");
			}
		}
	}

	private static Enterprise enterprise(String id, String name, EnterpriseKind kind) {
		Enterprise e = AdminFactory.eINSTANCE.createEnterprise();
		e.setId(id);
		e.setName(name);
		e.setKind(kind);
		return e;
	}

	private static OrgUnit unit(AggregateStore.Transaction tx, String enterprise, String parent, String code, String name) {
		OrgUnit u = AdminFactory.eINSTANCE.createOrgUnit();
		u.setId("org:" + code);
		u.setEnterpriseId(enterprise);
		u.setParentId(parent);
		u.setCode(code);
		u.setName(name);
		tx.put(u);
		return u;
	}

	private static void staff(AggregateStore.Transaction tx, String no, String name, String enterprise, String unit, String post,
			PostCategory category, int level, String role) {
		Staff s = AdminFactory.eINSTANCE.createStaff();
		s.setId("staff:" + no);
		s.setStaffNo(no);
		s.setName(name);
		s.setEnterpriseId(enterprise);
		s.setOrgUnitId(unit);
		s.setPostName(post);
		s.setPostCategory(category);
		s.setPostLevel(level);
		s.getRoleCodes().add(role);
		PasswordHasher.setPassword(s, PASSWORD.toCharArray(), DEMO_ITERATIONS);
		tx.put(s);
	}

	private String name() {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
				+ (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
	}

	private void products() {
		Object[][] catalogue = { { "TC58", "畅享套餐 58 元", ProductKind.BUNDLE, "58" }, { "TC128", "畅享套餐 128 元", ProductKind.BUNDLE, "128" },
				{ "TC199", "全家享套餐 199 元", ProductKind.BUNDLE, "199" }, { "KD100", "百兆宽带", ProductKind.BROADBAND, "50" },
				{ "KD500", "500M 光宽带", ProductKind.BROADBAND, "100" }, { "KD1000", "千兆光宽带", ProductKind.BROADBAND, "150" },
				{ "HF10", "话费包 10 元 100 分钟", ProductKind.CALL_PLAN, "10" }, { "LL30", "流量包 30 元 10GB", ProductKind.VALUE_ADDED, "30" },
				{ "CL5", "彩铃", ProductKind.VALUE_ADDED, "5" }, { "GM01", "智能光猫", ProductKind.DEVICE, "0" } };
		store.transaction(tx -> {
			for (Object[] row : catalogue) {
				Product p = ServiceFactory.eINSTANCE.createProduct();
				p.setId("product:" + row[0]);
				p.setCode((String) row[0]);
				p.setName((String) row[1]);
				p.setKind((ProductKind) row[2]);
				p.setMonthlyFee(new BigDecimal((String) row[3]));
				p.setPointsPrice(Integer.parseInt((String) row[3]) * 100);
				p.setActive(true);
				tx.put(p);
				products.add(p);
			}
			return null;
		});
	}

	private void customersAndContacts(IntConsumer progress) {
		LocalDate today = LocalDate.of(2026, 11, 23);
		long yearStart = today.minusYears(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
		long yearMillis = 365L * 24 * 3600 * 1000;
		int recordsPerCustomer = Math.max(1, size.contactRecords / size.customers);
		int written = 0;
		List<EObject> batch = new ArrayList<>(500);
		for (int c = 0; c < size.customers; c++) {
			Customer customer = customer(c, yearStart);
			batch.add(customer);
			for (int r = 0; r < recordsPerCustomer; r++) {
				batch.add(contact(customer, c * recordsPerCustomer + r, yearStart + (long) (random.nextDouble() * yearMillis)));
			}
			if (batch.size() >= 500 || c == size.customers - 1) {
				List<EObject> toWrite = List.copyOf(batch);
				store.transaction(tx -> {
					toWrite.forEach(tx::put);
					return null;
				});
				written += toWrite.size();
				batch.clear();
				progress.accept(written);
			}
		}
	}

	private Customer customer(int i, long yearStart) {
		Customer c = ServiceFactory.eINSTANCE.createCustomer();
		c.setId(String.format("cust:%06d", i));
		c.setName(name());
		c.setPhone(String.format("1%02d%08d", 30 + random.nextInt(60), 10_000_000 + i * 7 % 90_000_000));
		c.setIdNumber(String.format("%06d%08d%04d", 110000 + random.nextInt(500000), 19600101 + random.nextInt(400000) / 100 * 100,
				random.nextInt(10000)));
		c.setAccount(String.format("AC%08d", i));
		c.setStatus(random.nextInt(50) == 0 ? CustomerStatus.SUSPENDED : CustomerStatus.ACTIVE);
		c.setLevel(new String[] { "普通", "银卡", "金卡", "钻石" }[Math.min(3, random.nextInt(10) / 3)]);
		c.setCity(CITIES[random.nextInt(CITIES.length)]);
		c.setAddress(c.getCity() + "市" + (1 + random.nextInt(200)) + "号");
		c.setCreatedAt(new Date(yearStart - random.nextInt(2000) * 86_400_000L));
		int points = random.nextInt(20_000);
		c.setPointsBalance(points);
		c.setBalance(BigDecimal.valueOf(random.nextInt(50_000) - 2_000, 2));
		if (random.nextInt(5) == 0) {
			c.getTags().add("高价值");
		}
		if (random.nextInt(8) == 0) {
			c.getTags().add("投诉敏感");
		}
		for (int s = 0; s < 1 + random.nextInt(3); s++) {
			Product p = products.get(random.nextInt(products.size()));
			Subscription sub = ServiceFactory.eINSTANCE.createSubscription();
			sub.setId(c.getId() + ":sub" + s);
			sub.setProductCode(p.getCode());
			sub.setProductName(p.getName());
			sub.setStatus(SubscriptionStatus.ACTIVE);
			sub.setStart(c.getCreatedAt());
			sub.setMonthlyFee(p.getMonthlyFee());
			c.getSubscriptions().add(sub);
		}
		for (int m = 1; m <= 3; m++) {
			Bill b = ServiceFactory.eINSTANCE.createBill();
			b.setId(c.getId() + ":bill" + m);
			b.setPeriod("2026-" + String.format("%02d", 7 + m));
			b.setAmount(BigDecimal.valueOf(3_000 + random.nextInt(25_000), 2));
			b.setPaid(m < 3 || random.nextBoolean());
			c.getBills().add(b);
		}
		PointsTransaction t = ServiceFactory.eINSTANCE.createPointsTransaction();
		t.setId(c.getId() + ":pts0");
		t.setPoints(points);
		t.setReason("消费积分");
		t.setTime(c.getCreatedAt());
		c.getPointsHistory().add(t);
		return c;
	}

	private ContactRecord contact(Customer customer, int i, long time) {
		ContactRecord r = ServiceFactory.eINSTANCE.createContactRecord();
		String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
		r.setId(String.format("cr:%07d", i));
		r.setCustomerId(customer.getId());
		r.setAgentStaffNo(agentNos.get(random.nextInt(agentNos.size())));
		int ch = random.nextInt(10);
		r.setChannel(ch < 6 ? Channel.PHONE : ch < 8 ? Channel.WEBCHAT : ch < 9 ? Channel.APP : Channel.WECHAT);
		r.setDirection(random.nextInt(6) == 0 ? Direction.OUTBOUND : Direction.INBOUND);
		r.setCategory(category);
		r.setContent("客户来电咨询" + category + "，号码 " + customer.getPhone());
		r.setHandling("已核实客户身份并处理" + category + "相关事宜");
		r.setResult(random.nextInt(7) == 0 ? "转工单" : "已解决");
		r.setStartTime(new Date(time));
		r.setDurationSeconds(30 + random.nextInt(900));
		if ("转工单".equals(r.getResult()) && time > DemoTickets.SINCE) {
			ticketSources.add(r);
		}
		return r;
	}

	/** Counts what was generated, for logs and benchmarks. */
	public static String summary(AggregateStore store) {
		return String.format("%d staff, %d customers, %d contact records, %d tickets",
				store.count(Query.of(AdminPackage.Literals.STAFF)),
				store.count(Query.of(org.kefu.model.service.ServicePackage.Literals.CUSTOMER)),
				store.count(Query.of(org.kefu.model.service.ServicePackage.Literals.CONTACT_RECORD)),
				store.count(Query.of(org.kefu.model.service.ServicePackage.Literals.TICKET)));
	}
}
