/**
 */
package org.kefu.model.knowledge;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 知识管理: categories, articles with versions and feedback, the question bank.
 * <!-- end-model-doc -->
 * @see org.kefu.model.knowledge.KnowledgeFactory
 * @model kind="package"
 * @generated
 */
public interface KnowledgePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "knowledge";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:kefu:model:knowledge:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "knowledge";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KnowledgePackage eINSTANCE = org.kefu.model.knowledge.impl.KnowledgePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.impl.CategoryImpl
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__ID = 0;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__PARENT_ID = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME = 2;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__SORT_ORDER = 3;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.impl.ArticleImpl
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Category Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CATEGORY_ID = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__SORT_ORDER = 4;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__VALID_FROM = 5;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__VALID_TO = 6;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CHANNELS = 7;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__KEYWORDS = 8;

	/**
	 * The feature id for the '<em><b>Current Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CURRENT_VERSION = 9;

	/**
	 * The feature id for the '<em><b>Views</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__VIEWS = 10;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__VERSIONS = 11;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__FEEDBACK = 12;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.impl.ArticleVersionImpl <em>Article Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.impl.ArticleVersionImpl
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticleVersion()
	 * @generated
	 */
	int ARTICLE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__BODY = 1;

	/**
	 * The feature id for the '<em><b>Customer Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__CUSTOMER_BODY = 2;

	/**
	 * The feature id for the '<em><b>Author Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__AUTHOR_STAFF_NO = 3;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__TIME = 4;

	/**
	 * The feature id for the '<em><b>Change Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__CHANGE_NOTE = 5;

	/**
	 * The feature id for the '<em><b>Reviewer Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__REVIEWER_STAFF_NO = 6;

	/**
	 * The feature id for the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION__REVIEW_COMMENT = 7;

	/**
	 * The number of structural features of the '<em>Article Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Article Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.impl.FeedbackImpl
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__STAFF_NO = 2;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__TIME = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Completeness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__COMPLETENESS = 5;

	/**
	 * The feature id for the '<em><b>Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ACCURACY = 6;

	/**
	 * The feature id for the '<em><b>Usability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__USABILITY = 7;

	/**
	 * The feature id for the '<em><b>Freshness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__FRESHNESS = 8;

	/**
	 * The feature id for the '<em><b>Handled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__HANDLED = 9;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.impl.QuestionImpl
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Category Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__CATEGORY_ID = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Stem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__STEM = 3;

	/**
	 * The feature id for the '<em><b>Options</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__OPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__ANSWER = 5;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__EXPLANATION = 6;

	/**
	 * The feature id for the '<em><b>Difficulty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__DIFFICULTY = 7;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.ArticleStatus <em>Article Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.ArticleStatus
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticleStatus()
	 * @generated
	 */
	int ARTICLE_STATUS = 5;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.FeedbackKind <em>Feedback Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.FeedbackKind
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getFeedbackKind()
	 * @generated
	 */
	int FEEDBACK_KIND = 6;

	/**
	 * The meta object id for the '{@link org.kefu.model.knowledge.QuestionKind <em>Question Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.knowledge.QuestionKind
	 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getQuestionKind()
	 * @generated
	 */
	int QUESTION_KIND = 7;


	/**
	 * Returns the meta object for class '{@link org.kefu.model.knowledge.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see org.kefu.model.knowledge.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Category#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.knowledge.Category#getId()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Category#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see org.kefu.model.knowledge.Category#getParentId()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_ParentId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Category#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.knowledge.Category#getName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Category#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.kefu.model.knowledge.Category#getSortOrder()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_SortOrder();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.knowledge.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.kefu.model.knowledge.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.knowledge.Article#getId()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.kefu.model.knowledge.Article#getTitle()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getCategoryId <em>Category Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Id</em>'.
	 * @see org.kefu.model.knowledge.Article#getCategoryId()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_CategoryId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kefu.model.knowledge.Article#getStatus()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.kefu.model.knowledge.Article#getSortOrder()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_SortOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.kefu.model.knowledge.Article#getValidFrom()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.kefu.model.knowledge.Article#getValidTo()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_ValidTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.knowledge.Article#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.kefu.model.knowledge.Article#getChannels()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Channels();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.knowledge.Article#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.kefu.model.knowledge.Article#getKeywords()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getCurrentVersion <em>Current Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Version</em>'.
	 * @see org.kefu.model.knowledge.Article#getCurrentVersion()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_CurrentVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Article#getViews <em>Views</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Views</em>'.
	 * @see org.kefu.model.knowledge.Article#getViews()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Views();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.knowledge.Article#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.kefu.model.knowledge.Article#getVersions()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_Versions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.knowledge.Article#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see org.kefu.model.knowledge.Article#getFeedback()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_Feedback();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.knowledge.ArticleVersion <em>Article Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Version</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion
	 * @generated
	 */
	EClass getArticleVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getNumber()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getBody()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getCustomerBody <em>Customer Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Body</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getCustomerBody()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_CustomerBody();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getAuthorStaffNo <em>Author Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Staff No</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getAuthorStaffNo()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_AuthorStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getTime()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getChangeNote <em>Change Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Note</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getChangeNote()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_ChangeNote();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getReviewerStaffNo <em>Reviewer Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Staff No</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getReviewerStaffNo()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_ReviewerStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.ArticleVersion#getReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Comment</em>'.
	 * @see org.kefu.model.knowledge.ArticleVersion#getReviewComment()
	 * @see #getArticleVersion()
	 * @generated
	 */
	EAttribute getArticleVersion_ReviewComment();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.knowledge.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see org.kefu.model.knowledge.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getKind()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getStaffNo()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getTime()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getText()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getCompleteness <em>Completeness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completeness</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getCompleteness()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Completeness();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getAccuracy <em>Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accuracy</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getAccuracy()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Accuracy();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getUsability <em>Usability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usability</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getUsability()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Usability();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#getFreshness <em>Freshness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Freshness</em>'.
	 * @see org.kefu.model.knowledge.Feedback#getFreshness()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Freshness();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Feedback#isHandled <em>Handled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handled</em>'.
	 * @see org.kefu.model.knowledge.Feedback#isHandled()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Handled();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.knowledge.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see org.kefu.model.knowledge.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.knowledge.Question#getId()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getCategoryId <em>Category Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Id</em>'.
	 * @see org.kefu.model.knowledge.Question#getCategoryId()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_CategoryId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.knowledge.Question#getKind()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getStem <em>Stem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stem</em>'.
	 * @see org.kefu.model.knowledge.Question#getStem()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Stem();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.knowledge.Question#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Options</em>'.
	 * @see org.kefu.model.knowledge.Question#getOptions()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Options();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.kefu.model.knowledge.Question#getAnswer()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.kefu.model.knowledge.Question#getExplanation()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Explanation();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.knowledge.Question#getDifficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficulty</em>'.
	 * @see org.kefu.model.knowledge.Question#getDifficulty()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Difficulty();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.knowledge.ArticleStatus <em>Article Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Article Status</em>'.
	 * @see org.kefu.model.knowledge.ArticleStatus
	 * @generated
	 */
	EEnum getArticleStatus();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.knowledge.FeedbackKind <em>Feedback Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feedback Kind</em>'.
	 * @see org.kefu.model.knowledge.FeedbackKind
	 * @generated
	 */
	EEnum getFeedbackKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.knowledge.QuestionKind <em>Question Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Kind</em>'.
	 * @see org.kefu.model.knowledge.QuestionKind
	 * @generated
	 */
	EEnum getQuestionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KnowledgeFactory getKnowledgeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.impl.CategoryImpl
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__ID = eINSTANCE.getCategory_Id();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__PARENT_ID = eINSTANCE.getCategory_ParentId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME = eINSTANCE.getCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__SORT_ORDER = eINSTANCE.getCategory_SortOrder();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.impl.ArticleImpl
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__ID = eINSTANCE.getArticle_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE = eINSTANCE.getArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Category Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__CATEGORY_ID = eINSTANCE.getArticle_CategoryId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__STATUS = eINSTANCE.getArticle_Status();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__SORT_ORDER = eINSTANCE.getArticle_SortOrder();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__VALID_FROM = eINSTANCE.getArticle_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__VALID_TO = eINSTANCE.getArticle_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__CHANNELS = eINSTANCE.getArticle_Channels();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__KEYWORDS = eINSTANCE.getArticle_Keywords();

		/**
		 * The meta object literal for the '<em><b>Current Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__CURRENT_VERSION = eINSTANCE.getArticle_CurrentVersion();

		/**
		 * The meta object literal for the '<em><b>Views</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__VIEWS = eINSTANCE.getArticle_Views();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__VERSIONS = eINSTANCE.getArticle_Versions();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__FEEDBACK = eINSTANCE.getArticle_Feedback();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.impl.ArticleVersionImpl <em>Article Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.impl.ArticleVersionImpl
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticleVersion()
		 * @generated
		 */
		EClass ARTICLE_VERSION = eINSTANCE.getArticleVersion();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__NUMBER = eINSTANCE.getArticleVersion_Number();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__BODY = eINSTANCE.getArticleVersion_Body();

		/**
		 * The meta object literal for the '<em><b>Customer Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__CUSTOMER_BODY = eINSTANCE.getArticleVersion_CustomerBody();

		/**
		 * The meta object literal for the '<em><b>Author Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__AUTHOR_STAFF_NO = eINSTANCE.getArticleVersion_AuthorStaffNo();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__TIME = eINSTANCE.getArticleVersion_Time();

		/**
		 * The meta object literal for the '<em><b>Change Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__CHANGE_NOTE = eINSTANCE.getArticleVersion_ChangeNote();

		/**
		 * The meta object literal for the '<em><b>Reviewer Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__REVIEWER_STAFF_NO = eINSTANCE.getArticleVersion_ReviewerStaffNo();

		/**
		 * The meta object literal for the '<em><b>Review Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_VERSION__REVIEW_COMMENT = eINSTANCE.getArticleVersion_ReviewComment();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.impl.FeedbackImpl
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__ID = eINSTANCE.getFeedback_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__KIND = eINSTANCE.getFeedback_Kind();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__STAFF_NO = eINSTANCE.getFeedback_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__TIME = eINSTANCE.getFeedback_Time();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__TEXT = eINSTANCE.getFeedback_Text();

		/**
		 * The meta object literal for the '<em><b>Completeness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__COMPLETENESS = eINSTANCE.getFeedback_Completeness();

		/**
		 * The meta object literal for the '<em><b>Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__ACCURACY = eINSTANCE.getFeedback_Accuracy();

		/**
		 * The meta object literal for the '<em><b>Usability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__USABILITY = eINSTANCE.getFeedback_Usability();

		/**
		 * The meta object literal for the '<em><b>Freshness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__FRESHNESS = eINSTANCE.getFeedback_Freshness();

		/**
		 * The meta object literal for the '<em><b>Handled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__HANDLED = eINSTANCE.getFeedback_Handled();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.impl.QuestionImpl
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__ID = eINSTANCE.getQuestion_Id();

		/**
		 * The meta object literal for the '<em><b>Category Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__CATEGORY_ID = eINSTANCE.getQuestion_CategoryId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__KIND = eINSTANCE.getQuestion_Kind();

		/**
		 * The meta object literal for the '<em><b>Stem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__STEM = eINSTANCE.getQuestion_Stem();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__OPTIONS = eINSTANCE.getQuestion_Options();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__ANSWER = eINSTANCE.getQuestion_Answer();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__EXPLANATION = eINSTANCE.getQuestion_Explanation();

		/**
		 * The meta object literal for the '<em><b>Difficulty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__DIFFICULTY = eINSTANCE.getQuestion_Difficulty();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.ArticleStatus <em>Article Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.ArticleStatus
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getArticleStatus()
		 * @generated
		 */
		EEnum ARTICLE_STATUS = eINSTANCE.getArticleStatus();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.FeedbackKind <em>Feedback Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.FeedbackKind
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getFeedbackKind()
		 * @generated
		 */
		EEnum FEEDBACK_KIND = eINSTANCE.getFeedbackKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.knowledge.QuestionKind <em>Question Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.knowledge.QuestionKind
		 * @see org.kefu.model.knowledge.impl.KnowledgePackageImpl#getQuestionKind()
		 * @generated
		 */
		EEnum QUESTION_KIND = eINSTANCE.getQuestionKind();

	}

} //KnowledgePackage
